import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { EventInput } from './event-form.ts';
import type { EventDetail, EventFilters, EventPage } from './event-types.ts';

export const PAGE_SIZE = 50;

/** Every list view sits under this prefix, so one invalidation refreshes them all (totals included). */
const listKey = ['events', 'list'] as const;
const detailKey = (id: string) => ['events', 'detail', id] as const;
const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;

/** The filtered list page by page ("Load more"); every page carries the totals of all matching events. */
export function useEvents(filters: EventFilters) {
  return useInfiniteQuery({
    queryKey: [...listKey, filters],
    queryFn: ({ pageParam }) =>
      api<EventPage>('GET', `/api/events${queryString({ ...filters, limit: PAGE_SIZE, offset: pageParam })}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api<EventDetail>('GET', path(id)) });
}

/** Staff who can be named as facilitators (only asked for by those who record events). */
export function useFacilitators() {
  return useQuery({
    queryKey: ['events', 'facilitators'],
    queryFn: async () =>
      (await api<{ items: { id: string; name: string }[] }>('GET', '/api/events/facilitators')).items,
    staleTime: 60_000,
  });
}

export function useSaveEvent(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EventInput) =>
      id ? api<EventDetail>('PATCH', path(id), input) : api<EventDetail>('POST', '/api/events', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
}
