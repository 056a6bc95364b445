import type { UrlStatus } from './url-types.ts';

/**
 * The work list's tab and the figures' date range live in the address, so a
 * reload or the back button keeps them. Unknown values are dropped rather
 * than refused.
 */
export type UrlsSearch = { status?: Exclude<UrlStatus, 'unassessed'> };
export type FiguresSearch = { from?: string; to?: string };

/** `unassessed` is the default tab, so it is left out of the address. */
export function validateUrlsSearch(search: Record<string, unknown>): UrlsSearch {
  return search.status === 'assessed' || search.status === 'all' ? { status: search.status } : {};
}

/** A real calendar date `YYYY-MM-DD` (not 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function validateFiguresSearch(search: Record<string, unknown>): FiguresSearch {
  const out: FiguresSearch = {};
  if (isIsoDate(search.from)) out.from = search.from;
  if (isIsoDate(search.to)) out.to = search.to;
  return out;
}

let lastUrlsSearch: UrlsSearch = {};

/** The detail page's "back" link returns to the tab the analyst last used. */
export function rememberUrlsSearch(search: UrlsSearch): void {
  lastUrlsSearch = search;
}

export function rememberedUrlsSearch(): UrlsSearch {
  return lastUrlsSearch;
}
