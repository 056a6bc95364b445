import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Gender } from '../../../shared/people.ts';
import { api, queryString } from '../../api.ts';
import type { DuplicateDecision, DuplicatePair, PersonMatch } from './people-types.ts';

/** The server refuses shorter queries. */
export const MIN_QUERY_LENGTH = 2;
export const SEARCH_LIMIT = 20;

export const duplicatesKey = ['people', 'duplicates'] as const;

/** What else the searcher knows: it ranks people who fit first (it does not hide the others). */
export type SearchHints = { birthYear?: number; gender?: Gender };

/**
 * People whose names look like `q`. The query goes to the API only (whose
 * logs drop query strings), never into the page's address: names must not
 * end up in browser history. Answers are dropped from the cache as soon as
 * no one shows them.
 */
export function usePeopleSearch(q: string, hints: SearchHints = {}) {
  const query = q.trim();
  return useQuery({
    queryKey: ['people', 'search', query, hints.birthYear ?? null, hints.gender ?? null],
    queryFn: async () =>
      (
        await api<{ items: PersonMatch[] }>(
          'GET',
          `/api/people/search${queryString({ q: query, limit: SEARCH_LIMIT, ...hints })}`,
        )
      ).items,
    enabled: query.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
    gcTime: 0,
    staleTime: 10_000,
  });
}

/** Pairs waiting for review (at most 100, newest first); also read for the count on the search page. */
export function useDuplicates(enabled = true) {
  return useQuery({
    queryKey: duplicatesKey,
    queryFn: async () => (await api<{ items: DuplicatePair[] }>('GET', '/api/people/duplicates')).items,
    enabled,
    refetchOnWindowFocus: true,
  });
}

/** A merge or its undoing moves people between records: investigations list them too. */
function afterChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['investigations'] });
  return queryClient.invalidateQueries({ queryKey: ['people'] });
}

export type DecisionInput = { pair: DuplicatePair; decision: DuplicateDecision };

/** Same person (merge, reversible) or different people (never offered again). */
export function useDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pair, decision }: DecisionInput) =>
      api<{ mergeId: string | null }>('POST', '/api/people/duplicates/decision', {
        personA: pair.a.id,
        personB: pair.b.id,
        decision,
      }),
    onSettled: () => afterChange(queryClient),
  });
}

/** Undoes a merge exactly; the server then counts the pair as different people. */
export function useUndoMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => api<void>('POST', `/api/people/merges/${encodeURIComponent(mergeId)}/undo`, {}),
    onSettled: () => afterChange(queryClient),
  });
}
