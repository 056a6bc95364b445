/** The internal workflow of a report in the triage queue. */
export const REPORT_STATUSES = ['new', 'triaged', 'assigned', 'in_review', 'linked', 'referred', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How a report reached the organisation. `web` is the public site and API; the rest are entered by staff. */
export const REPORT_CHANNELS = ['web', 'phone', 'email', 'walk_in', 'informant', 'partner_referral'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const CLOSE_REASONS = [
  'duplicate',
  'no_child_protection_concern',
  'insufficient_information',
  'handled',
  'referred_elsewhere',
  'other',
] as const;
