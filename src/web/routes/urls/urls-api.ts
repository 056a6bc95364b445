import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { HotlineAbroad, UrlAction, UrlDetail, UrlFigures, UrlItem, UrlStatus, UrlVerdict } from './url-types.ts';
import type { FiguresSearch } from './urls-search.ts';

export const PAGE_SIZE = 50;

/** Every view of the internet hotline sits under this prefix, so one invalidation refreshes them all. */
export const urlsKey = ['urls'] as const;
export const urlKey = (hash: string) => ['urls', 'detail', hash] as const;

/** The work list, oldest first, page by page ("Load more"). The API gives no total: a short page is the last. */
export function useUrlList(status: UrlStatus) {
  return useInfiniteQuery({
    queryKey: [...urlsKey, 'list', status],
    queryFn: ({ pageParam }) =>
      api<{ items: UrlItem[] }>('GET', `/api/urls${queryString({ status, limit: PAGE_SIZE, offset: pageParam })}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.items.length === PAGE_SIZE ? pages.reduce((n, p) => n + p.items.length, 0) : undefined,
    refetchOnWindowFocus: true,
  });
}

export function useUrl(hash: string) {
  return useQuery({
    queryKey: urlKey(hash),
    queryFn: () => api<UrlDetail>('GET', `/api/urls/${encodeURIComponent(hash)}`),
  });
}

export function useUrlFigures(range: FiguresSearch) {
  return useQuery({
    queryKey: [...urlsKey, 'figures', range.from ?? '', range.to ?? ''],
    queryFn: () => api<UrlFigures>('GET', `/api/urls/figures${queryString({ from: range.from, to: range.to })}`),
  });
}

/** The active hotlines abroad of the partner directory: where a URL may be forwarded. */
export function useHotlinesAbroad() {
  return useQuery({
    queryKey: ['partners', 'hotlinesAbroad'],
    queryFn: async () =>
      (await api<{ items: HotlineAbroad[] }>('GET', '/api/partners?kind=hotline_abroad')).items.filter((p) => p.active),
    staleTime: 60_000,
  });
}

export type AssessmentInput = {
  verdict: UrlVerdict;
  contentType: string | null;
  ageGroup: string | null;
  severity: number | null;
  hostingCountry: string | null;
  hostingProvider: string | null;
  notes: string | null;
};

export type ActionInput = { action: UrlAction; on: string; recipient?: string; partnerId?: string };

/** Both changes answer with the URL as it now is; the lists and figures are re-read. */
export function useUrlMutations(hash: string) {
  const queryClient = useQueryClient();
  const path = `/api/urls/${encodeURIComponent(hash)}`;
  const onSuccess = (url: UrlDetail) => {
    queryClient.setQueryData(urlKey(hash), url);
    void queryClient.invalidateQueries({ queryKey: urlsKey, predicate: (q) => q.queryKey[2] !== hash });
  };
  return {
    assess: useMutation({
      mutationFn: (input: AssessmentInput) => api<UrlDetail>('PUT', `${path}/assessment`, input),
      onSuccess,
    }),
    addAction: useMutation({
      mutationFn: (input: ActionInput) => api<UrlDetail>('POST', `${path}/actions`, input),
      onSuccess,
    }),
  };
}
