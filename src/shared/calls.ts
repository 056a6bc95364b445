/**
 * Why people call the hotline: a two-level taxonomy after Child Helpline
 * International's data framework, with the organisation's own categories.
 * The first level groups; the codes are what a call records (one or more).
 */
export const CALL_REASON_GROUPS = {
  abuse: [
    'sexual_abuse',
    'sexual_exploitation',
    'online_sexual_exploitation',
    'grooming',
    'trafficking',
    'suspicious_behaviour',
  ],
  information: ['information_request', 'service_referral_request'],
  non_counselling: ['silent', 'prank', 'wrong_number'],
} as const;
export type CallReasonGroup = keyof typeof CALL_REASON_GROUPS;
export const CALL_REASONS = Object.values(CALL_REASON_GROUPS).flat() as [string, ...string[]];

export const CALLER_TYPES = ['child', 'adult', 'anonymous', 'partner_organisation', 'police'] as const;
export const CALL_URGENCIES = ['emergency', 'high', 'normal', 'low'] as const;
export const CALL_ACTIONS = ['advice', 'referral', 'escalated', 'police_notified'] as const;
export const CALL_LANGUAGES = ['km', 'en', 'other'] as const;

/** A report category for the queue, from the call's first abuse reason. */
export const REASON_TO_CATEGORY: Record<string, string> = {
  sexual_abuse: 'sexual_abuse',
  sexual_exploitation: 'sexual_exploitation',
  online_sexual_exploitation: 'online_content',
  grooming: 'grooming',
  trafficking: 'trafficking',
  suspicious_behaviour: 'suspicious_behaviour',
};
