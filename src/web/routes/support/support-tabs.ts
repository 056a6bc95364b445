/**
 * The case page's tabs. The open tab lives in the address (`?tab=services`),
 * so a reload or a shared link opens the same part; the overview is the default.
 */
export const SUPPORT_TABS = ['overview', 'services', 'followUps', 'referrals', 'closure'] as const;
export type SupportTab = (typeof SUPPORT_TABS)[number];

export type SupportCaseSearch = { tab?: Exclude<SupportTab, 'overview'> };

/** Unknown values are dropped (the overview opens) rather than refused. */
export function validateSupportCaseSearch(search: Record<string, unknown>): SupportCaseSearch {
  const tab = search.tab;
  return typeof tab === 'string' && tab !== 'overview' && (SUPPORT_TABS as readonly string[]).includes(tab)
    ? { tab: tab as SupportCaseSearch['tab'] }
    : {};
}
