/** Where and how the exploitation happens (the organisation's three main forms, and the rest). */
export const EXPLOITATION_TYPES = ['street', 'establishment', 'institution', 'online', 'family', 'other'] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/**
 * An investigation's life: monitoring a suspect, an active investigation, an
 * opened case (the police and courts have it), referred to another body, closed.
 */
export const INVESTIGATION_STATUSES = ['monitoring', 'active', 'case_opened', 'referred', 'closed'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

/** Which status may follow which; a closed investigation can be reopened as active. */
export const STATUS_TRANSITIONS: Record<InvestigationStatus, readonly InvestigationStatus[]> = {
  monitoring: ['active', 'referred', 'closed'],
  active: ['monitoring', 'case_opened', 'referred', 'closed'],
  case_opened: ['referred', 'closed'],
  referred: ['active', 'closed'],
  closed: ['active'],
};

/** Evidence is logged as metadata only: Komar never stores imagery. */
export const EVIDENCE_KINDS = ['document', 'statement', 'device', 'digital_record', 'physical', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Contacts with police and partner agencies on an investigation. */
export const LIAISON_KINDS = [
  'meeting',
  'call',
  'message',
  'information_shared',
  'request',
  'joint_operation',
] as const;
export type LiaisonKind = (typeof LIAISON_KINDS)[number];
