import { SUPPORT_STATUSES, type SupportStatus } from '../../../shared/support.ts';

/**
 * The list's filters live in the address, so "back" returns to the same view.
 * `fromInvestigation` and `person` (ids, never names) open the new-case form
 * for a child of that investigation: the investigation's people tab links here.
 * Unknown values are dropped rather than refused.
 */
export type SupportSearch = {
  office?: string;
  status?: SupportStatus;
  mine?: boolean;
  overdue?: boolean;
  fromInvestigation?: string;
  person?: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isTrue = (v: unknown) => v === true || v === 'true';

export function validateSupportSearch(search: Record<string, unknown>): SupportSearch {
  const out: SupportSearch = {};
  if (typeof search.office === 'string' && /^[a-z_]{2,40}$/.test(search.office)) out.office = search.office;
  if (SUPPORT_STATUSES.includes(search.status as SupportStatus)) out.status = search.status as SupportStatus;
  if (isTrue(search.mine)) out.mine = true;
  if (isTrue(search.overdue)) out.overdue = true;
  if (typeof search.fromInvestigation === 'string' && UUID.test(search.fromInvestigation)) {
    out.fromInvestigation = search.fromInvestigation;
  }
  if (typeof search.person === 'string' && UUID.test(search.person)) out.person = search.person;
  return out;
}

let lastSearch: SupportSearch = {};

/** The case page's "back" link returns to the filters last used (without the new-case form). */
export function rememberSupportSearch({ fromInvestigation: _i, person: _p, ...search }: SupportSearch): void {
  lastSearch = search;
}

export function rememberedSupportSearch(): SupportSearch {
  return lastSearch;
}
