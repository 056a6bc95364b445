import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { CallItem } from '../../api-types.ts';
import type { buildCallBody, buildManualBody } from './call-form.ts';

export const CALLS_PAGE_SIZE = 50;
export const callsKey = ['calls'] as const;

/** The call log, newest first, page by page ("Load more"); a refetch re-reads every loaded page. */
export function useCalls() {
  return useInfiniteQuery({
    queryKey: callsKey,
    queryFn: ({ pageParam }) =>
      api<{ items: CallItem[] }>('GET', `/api/calls${queryString({ limit: CALLS_PAGE_SIZE, offset: pageParam })}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.items.length === CALLS_PAGE_SIZE ? pages.reduce((n, p) => n + p.items.length, 0) : undefined,
    refetchOnWindowFocus: true,
  });
}

export type LoggedCall = { id: string; reportId: string | null; trackingCode: string | null };
export type EnteredReport = { id: string; trackingCode: string };

/** Logs a call; the log and (when a report was made) the triage queue are read again. */
export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnType<typeof buildCallBody>) => api<LoggedCall>('POST', '/api/calls', body),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: callsKey });
      if (result.reportId) void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

/** Enters a report that came by email, in person, from an informant or a partner. */
export function useEnterReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReturnType<typeof buildManualBody>['body']) =>
      api<EnteredReport>('POST', '/api/reports/manual', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['reports'] }),
  });
}
