/**
 * The detail page's tabs. The open tab lives in the address (`?tab=evidence`),
 * so a reload or a shared link opens the same part; the overview is the
 * default and is left out of the address.
 */
export const INVESTIGATION_TABS = ['overview', 'people', 'work', 'evidence', 'police'] as const;
export type InvestigationTab = (typeof INVESTIGATION_TABS)[number];

export type InvestigationPageSearch = { tab?: Exclude<InvestigationTab, 'overview'> };

/** Unknown values are dropped (the overview opens) rather than refused. */
export function validateInvestigationPageSearch(search: Record<string, unknown>): InvestigationPageSearch {
  const tab = search.tab;
  return typeof tab === 'string' && tab !== 'overview' && (INVESTIGATION_TABS as readonly string[]).includes(tab)
    ? { tab: tab as InvestigationPageSearch['tab'] }
    : {};
}
