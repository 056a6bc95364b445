import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api.ts';
import type {
  Checklist,
  ChecklistAnswer,
  Figures,
  FiguresFilter,
  Indicator,
  StandardsItem,
  TargetSettings,
} from './indicator-types.ts';

/** Every indicator view sits under this prefix: a change to items or targets refreshes them all. */
export const indicatorsKey = ['indicators'] as const;
const itemsKey = [...indicatorsKey, 'items'] as const;
const targetsKey = [...indicatorsKey, 'targets'] as const;
const checklistKey = (id: string) => [...indicatorsKey, 'checklist', id] as const;

export function useFigures(filter: FiguresFilter) {
  return useQuery({
    queryKey: [...indicatorsKey, 'figures', filter.from ?? '', filter.to ?? '', filter.court ?? ''],
    queryFn: () => api<Figures>('GET', `/api/indicators${queryString(filter)}`),
    // Changing the filter keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useChecklist(courtCaseId: string) {
  return useQuery({
    queryKey: checklistKey(courtCaseId),
    queryFn: () => api<Checklist>('GET', `/api/indicators/checklists/${courtCaseId}`),
  });
}

export function useAnswerChecklist(courtCaseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: ChecklistAnswer[]) =>
      api<Checklist>('PUT', `/api/indicators/checklists/${courtCaseId}`, { answers }),
    onSuccess: (next) => queryClient.setQueryData(checklistKey(courtCaseId), next),
  });
}

export function useItems() {
  return useQuery({
    queryKey: itemsKey,
    queryFn: async () => (await api<{ items: StandardsItem[] }>('GET', '/api/indicators/items')).items,
  });
}

type ItemsAnswer = { items: StandardsItem[] };
export type ItemChange =
  | { kind: 'create'; labelEn: string; labelKm: string }
  | { kind: 'update'; id: string; labelEn?: string; labelKm?: string; active?: boolean }
  | { kind: 'order'; ids: string[] }
  | { kind: 'delete'; id: string };

/** Every change to the checklist items answers the whole list again. */
export function useChangeItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ItemChange): Promise<ItemsAnswer> => {
      switch (change.kind) {
        case 'create':
          return api('POST', '/api/indicators/items', { labelEn: change.labelEn, labelKm: change.labelKm });
        case 'update': {
          const { kind: _k, id, ...patch } = change;
          return api('PATCH', `/api/indicators/items/${id}`, patch);
        }
        case 'order':
          return api('PUT', '/api/indicators/items/order', { ids: change.ids });
        case 'delete':
          return api('DELETE', `/api/indicators/items/${change.id}`);
      }
    },
    onSuccess: (next) => {
      queryClient.setQueryData(itemsKey, next.items);
      void queryClient.invalidateQueries({ queryKey: [...indicatorsKey, 'checklist'] });
    },
  });
}

export function useTargets() {
  return useQuery({
    queryKey: targetsKey,
    queryFn: async () => (await api<{ items: TargetSettings[] }>('GET', '/api/indicators/targets')).items,
    refetchOnWindowFocus: false,
  });
}

export function useSetTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ indicator, ...body }: TargetSettings & { indicator: Indicator }) =>
      api<{ items: TargetSettings[] }>('PUT', `/api/indicators/targets/${indicator}`, body),
    onSuccess: (next) => {
      queryClient.setQueryData(targetsKey, next.items);
      void queryClient.invalidateQueries({ queryKey: [...indicatorsKey, 'figures'] });
    },
  });
}
