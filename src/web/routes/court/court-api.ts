import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as schema from '../../../server/modules/court/court.schema.ts';
import { api, queryString } from '../../api.ts';

/** Shapes of the court API (`src/server/modules/court/court.schema.ts` is the source). */
export type CourtCaseItem = z.infer<typeof schema.listItem>;
export type CourtCaseDetail = z.infer<typeof schema.detail>;
export type Hearing = CourtCaseDetail['hearings'][number];
export type Defendant = CourtCaseDetail['defendants'][number];
export type CalendarItem = z.infer<typeof schema.calendarItem>;
export type Reminders = z.infer<typeof schema.remindersAnswer>;
export type Charge = z.infer<typeof schema.chargeItem>;
export type CourtFilters = { office?: string; stage?: string; court?: string; year?: number };
type Staff = { id: string; name: string; officeCode: string };
type OpenableInvestigation = {
  id: string;
  number: number;
  officeCode: string | null;
  openedOn: string;
  offenders: number;
};

export const courtKey = ['court'] as const;
const casesKey = ['court', 'cases'] as const;
const caseKey = (id: string) => ['court', 'case', id] as const;
const path = (id: string) => `/api/court/cases/${encodeURIComponent(id)}`;

export function useCourtCases(filters: CourtFilters) {
  return useQuery({
    queryKey: [...casesKey, filters],
    queryFn: () =>
      api<{ total: number; items: CourtCaseItem[] }>(
        'GET',
        `/api/court/cases${queryString({ ...filters, limit: 200 })}`,
      ),
  });
}

export function useCourtCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => api<CourtCaseDetail>('GET', path(id)) });
}

export function useOpenableInvestigations(enabled: boolean) {
  return useQuery({
    queryKey: ['court', 'investigations'],
    queryFn: async () => (await api<{ items: OpenableInvestigation[] }>('GET', '/api/court/investigations')).items,
    enabled,
  });
}

/** Lawyers, social workers and managers, who may be a case's lawyer or on its team. */
export function useCourtStaff(enabled: boolean) {
  return useQuery({
    queryKey: ['court', 'staff'],
    queryFn: async () => (await api<{ items: Staff[] }>('GET', '/api/court/staff')).items,
    staleTime: 60_000,
    enabled,
  });
}

export type NewCourtCase = {
  investigationId: string;
  courtCode: string;
  caseNumber?: string;
  stage: string;
  openedOn: string;
  lawyerId?: string;
  defendantIds: string[];
};

export function useCreateCourtCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCourtCase) => api<{ id: string; number: number }>('POST', '/api/court/cases', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: courtKey }),
  });
}

function afterChange(queryClient: QueryClient, detail: CourtCaseDetail) {
  queryClient.setQueryData(caseKey(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: casesKey });
  void queryClient.invalidateQueries({ queryKey: ['court', 'hearings'] });
  void queryClient.invalidateQueries({ queryKey: ['court', 'reminders'] });
}

/** Every change to one case; each answers the whole case, which replaces the cached one. */
export function useCourtMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (detail: CourtCaseDetail) => afterChange(queryClient, detail);
  const send =
    <B>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', suffix: string | ((b: B) => string)) =>
    (body: B) =>
      api<CourtCaseDetail>(
        method,
        `${path(id)}${typeof suffix === 'function' ? suffix(body) : suffix}`,
        method === 'DELETE' ? undefined : body,
      );
  return {
    edit: useMutation({ mutationFn: send<Record<string, unknown>>('PATCH', ''), onSuccess }),
    team: useMutation({ mutationFn: send<{ memberIds: string[] }>('PUT', '/team'), onSuccess }),
    addDefendant: useMutation({ mutationFn: send<{ involvementId: string }>('POST', '/defendants'), onSuccess }),
    removeDefendant: useMutation({
      mutationFn: send<{ involvementId: string }>('DELETE', (b) => `/defendants/${b.involvementId}`),
      onSuccess,
    }),
    charges: useMutation({
      mutationFn: ({ involvementId, chargeIds }: { involvementId: string; chargeIds: string[] }) =>
        api<CourtCaseDetail>('PUT', `${path(id)}/defendants/${involvementId}/charges`, { chargeIds }),
      onSuccess,
    }),
    addClient: useMutation({ mutationFn: send<{ personId: string }>('POST', '/clients'), onSuccess }),
    removeClient: useMutation({
      mutationFn: send<{ personId: string }>('DELETE', (b) => `/clients/${b.personId}`),
      onSuccess,
    }),
    addHearing: useMutation({ mutationFn: send<Record<string, unknown>>('POST', '/hearings'), onSuccess }),
    editHearing: useMutation({
      mutationFn: ({ hearingId, ...body }: { hearingId: string } & Record<string, unknown>) =>
        api<CourtCaseDetail>('PATCH', `${path(id)}/hearings/${hearingId}`, body),
      onSuccess,
    }),
    verdict: useMutation({ mutationFn: send<Record<string, unknown>>('PUT', '/verdict'), onSuccess }),
    order: useMutation({
      mutationFn: send<{ amount: string; currency: string }>('POST', '/compensation-orders'),
      onSuccess,
    }),
    payment: useMutation({
      mutationFn: send<{ amount: string; currency: string; paidOn: string }>('POST', '/payments'),
      onSuccess,
    }),
    withdrawal: useMutation({ mutationFn: send<{ on: string; reason: string }>('PUT', '/withdrawal'), onSuccess }),
  };
}
export type CourtMutations = ReturnType<typeof useCourtMutations>;

export function useHearingsCalendar(from: string, to: string) {
  return useQuery({
    queryKey: ['court', 'hearings', from, to],
    queryFn: async () =>
      (await api<{ items: CalendarItem[] }>('GET', `/api/court/hearings${queryString({ from, to })}`)).items,
  });
}

export function useReminders() {
  return useQuery({ queryKey: ['court', 'reminders'], queryFn: () => api<Reminders>('GET', '/api/court/reminders') });
}

export function useCharges() {
  return useQuery({
    queryKey: ['court', 'charges'],
    queryFn: async () => (await api<{ items: Charge[] }>('GET', '/api/court/charges')).items,
  });
}

export function useChargeMutations() {
  const queryClient = useQueryClient();
  const onSuccess = (answer: { items: Charge[] }) => queryClient.setQueryData(['court', 'charges'], answer.items);
  return {
    add: useMutation({
      mutationFn: (body: { labelEn: string; labelKm: string }) =>
        api<{ items: Charge[] }>('POST', '/api/court/charges', body),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string; labelEn?: string; labelKm?: string; active?: boolean }) =>
        api<{ items: Charge[] }>('PATCH', `/api/court/charges/${encodeURIComponent(id)}`, body),
      onSuccess,
    }),
  };
}

export function useCourtSettings() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['court', 'settings'],
    queryFn: () => api<{ reminderDays: number }>('GET', '/api/court/settings'),
  });
  const save = useMutation({
    mutationFn: (body: { reminderDays: number }) => api<{ reminderDays: number }>('PUT', '/api/court/settings', body),
    onSuccess: (answer) => {
      queryClient.setQueryData(['court', 'settings'], answer);
      void queryClient.invalidateQueries({ queryKey: ['court', 'reminders'] });
    },
  });
  return { query, save };
}
