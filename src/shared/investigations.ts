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
