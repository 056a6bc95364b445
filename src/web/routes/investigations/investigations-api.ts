import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type { NewInvestigationValues } from './helpers.ts';
import { createInput } from './helpers.ts';
import type {
  AgencyPartner,
  Assignee,
  InvestigationDetail,
  InvestigationPage,
  OffenderProfile,
} from './investigation-types.ts';
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

/**
 * Break the glass: opens an investigation outside the user's scope by its
 * number, with a reason the office's managers review. The look is read-only.
 */
export function useLookBeyondScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { number: number; reason: string }) =>
      api<{ id: string; granted: boolean }>('POST', '/api/investigations/look', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: investigationsListKey }),
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
      person: {
        khmerName?: string;
        latinName?: string;
        gender: string;
        birthYear?: number;
        estimatedAge?: number;
        nationality?: string;
      };
    };

/** PATCH /:id/people/:involvementId: only what changed; a cleared text is null. */
export type ProfilePatch = Partial<OffenderProfile>;

export type TaskInput = { title: string; ownerId?: string; dueOn?: string };
export type EvidenceInput = { kind: string; description: string; collectedOn: string; holder: string };
export type TransferInput = { toHolder: string; on: string; reason?: string };
export type LiaisonInput = { partnerId: string; kind: string; on: string; note?: string };

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
      mutationFn: send<{ involvementId: string; arrestedOn: string; agency?: string; place?: string }>(
        'POST',
        '/arrests',
      ),
      onSuccess,
    }),
    rescue: useMutation({
      mutationFn: send<{ involvementId: string; rescuedOn: string }>('POST', '/rescues'),
      onSuccess,
    }),
    profile: useMutation({
      mutationFn: ({ involvementId, ...body }: ProfilePatch & { involvementId: string }) =>
        send<ProfilePatch>('PATCH', `/people/${encodeURIComponent(involvementId)}`)(body),
      onSuccess,
    }),
    note: useMutation({ mutationFn: send<{ body: string }>('POST', '/notes'), onSuccess }),
    task: useMutation({ mutationFn: send<TaskInput>('POST', '/tasks'), onSuccess }),
    taskDone: useMutation({
      mutationFn: ({ taskId, done }: { taskId: string; done: boolean }) =>
        send<{ done: boolean }>('PUT', `/tasks/${encodeURIComponent(taskId)}/done`)({ done }),
      onSuccess,
    }),
    evidence: useMutation({ mutationFn: send<EvidenceInput>('POST', '/evidence'), onSuccess }),
    transfer: useMutation({
      mutationFn: ({ evidenceId, ...body }: TransferInput & { evidenceId: string }) =>
        send<TransferInput>('POST', `/evidence/${encodeURIComponent(evidenceId)}/transfers`)(body),
      onSuccess,
    }),
    agency: useMutation({ mutationFn: send<{ partnerId: string }>('POST', '/agencies'), onSuccess }),
    liaison: useMutation({ mutationFn: send<LiaisonInput>('POST', '/liaison'), onSuccess }),
  };
}

export type InvestigationMutations = ReturnType<typeof useInvestigationMutations>;

/**
 * Active police units and government bodies of the partner directory: the
 * agencies an investigation may cooperate with. Under the directory's key,
 * so a change there refreshes this list too.
 */
export function useAgencyPartners(enabled = true) {
  return useQuery({
    queryKey: ['partners', 'agencies'],
    queryFn: async () => {
      const [police, government] = await Promise.all(
        (['police', 'government'] as const).map(
          async (kind) =>
            (await api<{ items: AgencyPartner[] }>('GET', `/api/partners${queryString({ kind, active: 'true' })}`))
              .items,
        ),
      );
      return [...(police ?? []), ...(government ?? [])];
    },
    staleTime: 60_000,
    enabled,
  });
}
