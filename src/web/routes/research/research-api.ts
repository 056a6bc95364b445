import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import { filterParams } from './research-format.ts';
import type { Research, ResearchFilter } from './research-types.ts';

export function useResearch(filter: ResearchFilter) {
  const query = queryString(filterParams(filter));
  return useQuery({
    queryKey: ['research', 'offenders', query],
    queryFn: () => api<Research>('GET', `/api/research/offenders${query}`),
    // A new filter keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** The download address of an export with the page's filters (a plain GET: the session cookie is enough). */
export function exportUrl(filter: ResearchFilter, format: 'csv' | 'xlsx'): string {
  return `/api/research/offenders/export${queryString({ ...filterParams(filter), format })}`;
}
