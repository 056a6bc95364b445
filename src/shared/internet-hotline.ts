/** Assessment of a reported URL, after the INHOPE/INTERPOL practice the organisation follows. */
export const URL_VERDICTS = ['illegal_cambodia', 'interpol_baseline', 'not_illegal', 'cannot_assess'] as const;
export const CONTENT_TYPES = [
  'images',
  'video',
  'text',
  'live_stream',
  'grooming_chat',
  'advertising',
  'other',
] as const;
export const AGE_GROUPS = ['infant_toddler', 'prepubescent', 'pubescent', 'unknown'] as const;
export const SEVERITIES = ['1', '2', '3', '4', '5'] as const;
/** What was done about a URL. */
export const URL_ACTIONS = ['notice_to_host', 'forwarded_to_hotline', 'reported_to_police', 'removed'] as const;

/** Illegal, for the figures: either verdict that makes the content a crime. */
export const ILLEGAL_VERDICTS: readonly string[] = ['illegal_cambodia', 'interpol_baseline'];

/**
 * Country codes used as generic domains (`.io`, `.tv`, `.me` …): their TLD says
 * nothing about where a site is hosted, so no country is suggested for them.
 */
const GENERIC_CC_TLDS = new Set([
  'io',
  'co',
  'tv',
  'me',
  'ly',
  'fm',
  'ai',
  'gg',
  'to',
  'cc',
  'ws',
  'la',
  'sh',
  'am',
  'so',
  'xyz',
]);

/** A hosting-country suggestion from the domain (the analyst confirms or corrects it). */
export function suggestCountry(host: string): string | null {
  const tld = host.split('.').at(-1)?.toLowerCase() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CC_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
