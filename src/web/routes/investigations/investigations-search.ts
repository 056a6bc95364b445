import {
  EXPLOITATION_TYPES,
  type ExploitationType,
  INVESTIGATION_STATUSES,
  type InvestigationStatus,
} from '../../../shared/investigations.ts';
import { canonicalTrackingCode } from './helpers.ts';

export type PoliceFilter = 'national' | 'foreign';

/**
 * The list's filters live in the address, so the back button from an
 * investigation returns to the same view and a filtered list can be shared.
 * `newFromReport` opens the new-investigation form with that report linked
 * (the report page links here). Unknown values are dropped rather than refused.
 */
export type InvestigationsSearch = {
  office?: string;
  status?: InvestigationStatus;
  type?: ExploitationType;
  year?: number;
  police?: PoliceFilter;
  mine?: boolean;
  newFromReport?: string;
};

const isStatus = (v: unknown): v is InvestigationStatus => INVESTIGATION_STATUSES.includes(v as InvestigationStatus);
const isType = (v: unknown): v is ExploitationType => EXPLOITATION_TYPES.includes(v as ExploitationType);

export function validateInvestigationsSearch(search: Record<string, unknown>): InvestigationsSearch {
  const out: InvestigationsSearch = {};
  if (typeof search.office === 'string' && /^[a-z_]{2,40}$/.test(search.office)) out.office = search.office;
  if (isStatus(search.status)) out.status = search.status;
  if (isType(search.type)) out.type = search.type;
  const year = Number(search.year);
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) out.year = year;
  if (search.police === 'national' || search.police === 'foreign') out.police = search.police;
  if (search.mine === true || search.mine === 'true') out.mine = true;
  // A code such as 7QKM-4XD9 is no personal data; anything else is dropped.
  const code = typeof search.newFromReport === 'string' ? canonicalTrackingCode(search.newFromReport) : null;
  if (code) out.newFromReport = code;
  return out;
}

let lastSearch: InvestigationsSearch = {};

/** The detail page's "back" link returns to the filters last used (without the new-investigation form). */
export function rememberInvestigationsSearch({ newFromReport: _n, ...search }: InvestigationsSearch): void {
  lastSearch = search;
}

export function rememberedInvestigationsSearch(): InvestigationsSearch {
  return lastSearch;
}
