/**
 * Codes of support cases (decision 010). The service codes are the data
 * exchange contract's (`client_services`): keep them to the letter.
 */
export const LEGAL_SERVICES = ['legal_advice', 'legal_representation', 'court_accompaniment'] as const;
export const SOCIAL_SERVICES = ['medical', 'shelter', 'welfare', 'counselling', 'referral', 'family_support'] as const;
export const SERVICE_CODES = [...LEGAL_SERVICES, ...SOCIAL_SERVICES] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

/** Notes of these services are shown only to the assigned social worker and the managers of the case's office. */
export const RESTRICTED_NOTE_SERVICES: readonly ServiceCode[] = ['medical', 'counselling'];

export function serviceDepartment(code: ServiceCode): 'legal' | 'social' {
  return (LEGAL_SERVICES as readonly string[]).includes(code) ? 'legal' : 'social';
}

/** Who the client is; `unknown` only for clients created by the `client_services` import (the file does not say). */
export const CLIENT_KINDS = ['child_victim', 'family_member', 'witness', 'unknown'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
/** What staff choose from when they open a case. */
export const ENTERED_CLIENT_KINDS = ['child_victim', 'family_member', 'witness'] as const;

/** open → closure_requested → closed (approved) or back to open (rejected). */
export const SUPPORT_STATUSES = ['open', 'closure_requested', 'closed'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const NEEDS = [
  'safety',
  'medical',
  'psychological',
  'legal',
  'education',
  'shelter',
  'livelihood',
  'family_reintegration',
] as const;
export type Need = (typeof NEEDS)[number];

export const CONSENT_GIVERS = ['child', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** What a consent covers. */
export const CONSENT_SCOPES = [
  'services',
  'medical_examination',
  'counselling',
  'legal_representation',
  'information_sharing',
  'photographs',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The decision on the safest place for the child. */
export const PLACEMENTS = ['family', 'relatives', 'shelter', 'partner_ngo'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** `SC-000042`: how staff name a support case. */
export function supportCaseNumber(n: number): string {
  return `SC-${String(n).padStart(6, '0')}`;
}
