import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { SupportSearch } from './support-search.ts';
import type {
  AssessmentInput,
  ConsentInput,
  CreateSupportInput,
  FollowUpInput,
  GoalInput,
  OverdueFollowUp,
  PlacementInput,
  ServiceInput,
  SupportDetail,
  SupportPage,
  SupportStaff,
} from './support-types.ts';

export const PAGE_SIZE = 50;
/** Every list view sits under this prefix, so one invalidation refreshes them all. */
export const supportListKey = ['support', 'list'] as const;
export const supportCaseKey = (id: string) => ['support', 'detail', id] as const;
const path = (id: string) => `/api/support/${encodeURIComponent(id)}`;

export function useSupportCases(search: SupportSearch) {
  const filters = {
    office: search.office,
    status: search.status,
    mine: search.mine ? 'true' : undefined,
    overdue: search.overdue ? 'true' : undefined,
  };
  return useInfiniteQuery({
    queryKey: [...supportListKey, filters],
    queryFn: ({ pageParam }) =>
      api<SupportPage>('GET', `/api/support${queryString({ ...filters, limit: PAGE_SIZE, offset: pageParam })}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length === PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
  });
}

export function useOverdueFollowUps() {
  return useQuery({
    queryKey: ['support', 'overdue'],
    queryFn: async () => (await api<{ items: OverdueFollowUp[] }>('GET', '/api/support/follow-ups/overdue')).items,
  });
}

export function useSupportCase(id: string) {
  return useQuery({ queryKey: supportCaseKey(id), queryFn: () => api<SupportDetail>('GET', path(id)) });
}

/** Social workers, lawyers and managers of every office (staff may be lent to another office). */
export function useSupportStaff(enabled = true) {
  return useQuery({
    queryKey: ['support', 'staff'],
    queryFn: async () => (await api<{ items: SupportStaff[] }>('GET', '/api/support/staff')).items,
    staleTime: 60_000,
    enabled,
  });
}

export function useCreateSupportCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSupportInput) => api<{ id: string; number: number }>('POST', '/api/support', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportListKey }),
  });
}

function afterChange(queryClient: QueryClient, detail: SupportDetail) {
  queryClient.setQueryData(supportCaseKey(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: supportListKey });
  void queryClient.invalidateQueries({ queryKey: ['support', 'overdue'] });
}

/** Each change answers with the case as it now is. */
export function useSupportMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (detail: SupportDetail) => afterChange(queryClient, detail);
  const send =
    <B>(method: 'POST' | 'PATCH' | 'PUT', suffix: string) =>
    (body: B) =>
      api<SupportDetail>(method, `${path(id)}${suffix}`, body);
  return {
    edit: useMutation({ mutationFn: send<Record<string, unknown>>('PATCH', ''), onSuccess }),
    team: useMutation({ mutationFn: send<{ memberIds: string[] }>('PUT', '/team'), onSuccess }),
    assessment: useMutation({ mutationFn: send<AssessmentInput>('PUT', '/assessment'), onSuccess }),
    consent: useMutation({ mutationFn: send<ConsentInput>('POST', '/consents'), onSuccess }),
    goal: useMutation({ mutationFn: send<GoalInput>('POST', '/goals'), onSuccess }),
    goalStatus: useMutation({
      mutationFn: ({ goalId, status }: { goalId: string; status: string }) =>
        api<SupportDetail>('PUT', `${path(id)}/goals/${encodeURIComponent(goalId)}/status`, { status }),
      onSuccess,
    }),
    placement: useMutation({ mutationFn: send<PlacementInput>('POST', '/placements'), onSuccess }),
    service: useMutation({ mutationFn: send<ServiceInput>('POST', '/services'), onSuccess }),
    followUp: useMutation({ mutationFn: send<FollowUpInput>('POST', '/follow-ups'), onSuccess }),
    followUpDone: useMutation({
      mutationFn: ({ followUpId, ...body }: { followUpId: string; doneOn: string; outcome?: string }) =>
        api<SupportDetail>('POST', `${path(id)}/follow-ups/${encodeURIComponent(followUpId)}/done`, body),
      onSuccess,
    }),
    requestClosure: useMutation({ mutationFn: send<{ reason: string }>('POST', '/closure'), onSuccess }),
    decideClosure: useMutation({
      mutationFn: send<{ decision: 'approved' | 'rejected'; reason?: string }>('POST', '/closure/decision'),
      onSuccess,
    }),
  };
}
export type SupportMutations = ReturnType<typeof useSupportMutations>;
