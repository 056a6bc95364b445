/**
 * The public report contract's codes and limits, free of any library so the
 * public site (which must stay tiny) and the server share one definition.
 */
export const REPORT_CATEGORIES = [
  'sexual_abuse',
  'sexual_exploitation',
  'online_content',
  'grooming',
  'suspicious_behaviour',
  'trafficking',
  'other',
] as const;

export const MAX_URLS = 50;
export const MAX_DESCRIPTION = 20_000;
export const MAX_PLACE = 500;
