import { REPORT_CHANNELS, REPORT_STATUSES, type ReportChannel, type ReportStatus } from '../../../shared/reports.ts';

/** `open` is every status but closed: the queue's default view. */
export type QueueStatus = ReportStatus | 'open';

/**
 * The queue's filters live in the address, so the back button from a report
 * returns to the same view, and a filtered queue can be bookmarked or shared
 * with a colleague. Unknown values are dropped rather than refused.
 */
export type QueueSearch = { status?: QueueStatus; channel?: ReportChannel; office?: string; mine?: boolean };

const isStatus = (v: unknown): v is ReportStatus => REPORT_STATUSES.includes(v as ReportStatus);
const isChannel = (v: unknown): v is ReportChannel => REPORT_CHANNELS.includes(v as ReportChannel);

export function validateQueueSearch(search: Record<string, unknown>): QueueSearch {
  const out: QueueSearch = {};
  if (isStatus(search.status)) out.status = search.status;
  if (isChannel(search.channel)) out.channel = search.channel;
  if (typeof search.office === 'string' && /^[a-z_]{2,40}$/.test(search.office)) out.office = search.office;
  if (search.mine === true || search.mine === 'true') out.mine = true;
  return out;
}

let lastQueueSearch: QueueSearch = {};

/** The report page's "back to the queue" link returns to the filters the operator last used. */
export function rememberQueueSearch(search: QueueSearch): void {
  lastQueueSearch = search;
}

export function rememberedQueueSearch(): QueueSearch {
  return lastQueueSearch;
}
