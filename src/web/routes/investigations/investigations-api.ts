import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { NewInvestigationValues } from './helpers.ts';
import { createInput } from './helpers.ts';
import type { Assignee, InvestigationDetail, InvestigationPage } from './investigation-types.ts';
import type { InvestigationsSearch } from './investigations-search.ts';

export const PAGE_SIZE = 50;

/** Every list view sits under this prefix, so one invalidation refreshes them all. */
export const investigationsListKey = ['investigations', 'list'] as const;
export const investigationKey = (id: string) => ['investigations', 'detail', id] as const;

const path = (id: string) => `/api/investigations/${encodeURIComponent(id)}`;

/** The list, page by page ("Load more"). */
export function useInvestigations(search: InvestigationsSearch) {
  const filters = {
    office: search.office,
    status: search.status,
    exploitationType: search.type,
    year: search.year,
    police: search.police,
    mine: search.mine ? 'true' : undefined,
  };
  return useInfiniteQuery({
    queryKey: [...investigationsListKey, filters],
    queryFn: ({ pageParam }) =>
      api<InvestigationPage>(
        'GET',
        `/api/investigations${queryString({ ...filters, limit: PAGE_SIZE, offset: pageParam })}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
  });
}

export function useInvestigation(id: string) {
  return useQuery({ queryKey: investigationKey(id), queryFn: () => api<InvestigationDetail>('GET', path(id)) });
}

/** Investigators and managers of every office (an investigator may be lent to another office). */
export function useAssignees(enabled = true) {
  return useQuery({
    queryKey: ['investigations', 'assignees'],
    queryFn: async () => (await api<{ items: Assignee[] }>('GET', '/api/investigations/assignees')).items,
    staleTime: 60_000,
    enabled,
  });
}

export type CreateResult = { id: string; number: number };

/** Opens an investigation with its reports (by tracking code), in one transaction on the server. */
export function useCreateInvestigation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: NewInvestigationValues) =>
      api<CreateResult>('POST', '/api/investigations', createInput(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: investigationsListKey });
      // Linked reports moved to `linked` in the triage queue.
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
}

function afterChange(queryClient: QueryClient, detail: InvestigationDetail) {
  queryClient.setQueryData(investigationKey(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: investigationsListKey });
}

export type PersonInput =
  | { role: string; personId: string }
  | {
      role: string;
      person: { khmerName?: string; latinName?: string; gender: string; birthYear?: number; nationality?: string };
    };

/** Each change answers with the investigation as it now is. */
export function useInvestigationMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (detail: InvestigationDetail) => afterChange(queryClient, detail);
  const send =
    <B>(method: 'POST' | 'PATCH' | 'PUT', suffix: string) =>
    (body: B) =>
      api<InvestigationDetail>(method, `${path(id)}${suffix}`, body);
  return {
    edit: useMutation({ mutationFn: send<Record<string, unknown>>('PATCH', ''), onSuccess }),
    status: useMutation({ mutationFn: send<{ status: string; on: string }>('POST', '/status'), onSuccess }),
    team: useMutation({ mutationFn: send<{ memberIds: string[] }>('PUT', '/team'), onSuccess }),
    linkReport: useMutation({
      mutationFn: send<{ trackingCode: string }>('POST', '/reports'),
      onSuccess: (detail: InvestigationDetail) => {
        onSuccess(detail);
        // The report moved to `linked` in the triage queue.
        void queryClient.invalidateQueries({ queryKey: ['reports'] });
      },
    }),
    addPerson: useMutation({ mutationFn: send<PersonInput>('POST', '/people'), onSuccess }),
    arrest: useMutation({
      mutationFn: send<{ involvementId: string; arrestedOn: string; agency?: string }>('POST', '/arrests'),
      onSuccess,
    }),
    rescue: useMutation({
      mutationFn: send<{ involvementId: string; rescuedOn: string }>('POST', '/rescues'),
      onSuccess,
    }),
  };
}

export type InvestigationMutations = ReturnType<typeof useInvestigationMutations>;
