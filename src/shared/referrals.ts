/**
 * Codes for referrals to partners (decision 012): the services a partner
 * offers (and a referral asks for), the kinds of written agreement with a
 * partner, and a referral's statuses. Code lists, not tables: a new code is a
 * one-line change plus its names in both languages.
 */
export const PARTNER_SERVICES = [
  'medical',
  'shelter',
  'counselling',
  'legal_aid',
  'education',
  'vocational_training',
  'family_tracing',
  'repatriation',
  'police_cooperation',
  'hotline',
  'other',
] as const;
export type PartnerService = (typeof PARTNER_SERVICES)[number];

export const AGREEMENT_KINDS = ['mou', 'service_agreement', 'data_sharing', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** How an agreement stands today: `expiring` is within EXPIRY_WARNING_DAYS of its end. */
export const AGREEMENT_STATES = ['open_ended', 'current', 'expiring', 'expired'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];
export const EXPIRY_WARNING_DAYS = 90;

/** sent → accepted | declined; accepted → completed. Declined and completed are final. */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** Waiting for the partner, or being served by it. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ['sent', 'accepted'];

/** The status a referral may move to from each status. */
export const REFERRAL_NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};
