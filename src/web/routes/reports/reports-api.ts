import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { CloseReason, QueuePage, ReportDetail } from '../../api-types.ts';
import type { QueueSearch } from './queue-search.ts';

export const PAGE_SIZE = 50;
/** A 24/7 operator screen: new reports and breached deadlines must show up without a reload. */
export const QUEUE_REFRESH_MS = 30_000;

/** Every queue view (filters, home card) sits under this prefix, so one invalidation refreshes them all. */
export const reportsQueueKey = ['reports', 'queue'] as const;
export const reportKey = (id: string) => ['reports', 'detail', id] as const;

/** The queue, page by page ("Load more"); refetching re-reads every loaded page at its offset. */
export function useQueue(search: QueueSearch) {
  return useInfiniteQuery({
    queryKey: [...reportsQueueKey, search],
    queryFn: ({ pageParam }) =>
      api<QueuePage>(
        'GET',
        `/api/reports${queryString({
          status: search.status,
          channel: search.channel,
          officeCode: search.office,
          mine: search.mine ? 'true' : undefined,
          limit: PAGE_SIZE,
          offset: pageParam,
        })}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
    refetchInterval: QUEUE_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/** The first open reports, for the home page's summary card. */
export function useQueueSummary(enabled: boolean) {
  return useQuery({
    queryKey: [...reportsQueueKey, 'summary'],
    queryFn: () => api<QueuePage>('GET', `/api/reports${queryString({ limit: 200 })}`),
    refetchInterval: QUEUE_REFRESH_MS,
    refetchOnWindowFocus: true,
    enabled,
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: reportKey(id),
    queryFn: () => api<ReportDetail>('GET', `/api/reports/${encodeURIComponent(id)}`),
  });
}

export type TriageChanges = {
  status?: string;
  officeCode?: string | null;
  assigneeId?: string | null;
  emergency?: boolean;
};

/**
 * Each triage action answers with the report as it now is. Everything else
 * about reports is re-read: the queue's order and counts may change, and a
 * merge changes the other report too.
 */
function afterChange(queryClient: QueryClient, report: ReportDetail) {
  const key = reportKey(report.id);
  queryClient.setQueryData(key, report);
  void queryClient.invalidateQueries({ queryKey: ['reports'], predicate: (q) => q.queryKey[2] !== key[2] });
}

export function useReportMutations(id: string) {
  const queryClient = useQueryClient();
  const path = `/api/reports/${encodeURIComponent(id)}`;
  const onSuccess = (report: ReportDetail) => afterChange(queryClient, report);
  return {
    triage: useMutation({
      mutationFn: (changes: TriageChanges) => api<ReportDetail>('PATCH', path, changes),
      onSuccess,
    }),
    note: useMutation({
      mutationFn: (body: string) => api<ReportDetail>('POST', `${path}/notes`, { body }),
      onSuccess,
    }),
    close: useMutation({
      mutationFn: (input: { reason: CloseReason; note?: string }) => api<ReportDetail>('POST', `${path}/close`, input),
      onSuccess,
    }),
    merge: useMutation({
      mutationFn: (intoTrackingCode: string) => api<ReportDetail>('POST', `${path}/merge`, { intoTrackingCode }),
      onSuccess,
    }),
  };
}
