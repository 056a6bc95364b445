import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerKind } from '../../../shared/partners.ts';
import { api, queryString } from '../../api.ts';

/** One entry of the partner directory (`GET /api/partners`). */
export type Partner = {
  id: string;
  kind: PartnerKind;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  services: string | null;
  /** Stored encrypted; shown to staff who may read the directory. */
  contact: string | null;
  notes: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type PartnerInput = {
  kind: PartnerKind;
  name: string;
  country?: string | null;
  services?: string | null;
  contact?: string | null;
  notes?: string | null;
};
export type PartnerPatch = Partial<PartnerInput> & { active?: boolean };

export type ActiveFilter = 'true' | 'false' | 'all';
export type PartnerFilters = { kind?: PartnerKind; active: ActiveFilter; q?: string };

/** Every directory view sits under this prefix, so one invalidation refreshes them all. */
export const partnersKey = ['partners'] as const;

export function usePartners(filters: PartnerFilters) {
  return useQuery({
    queryKey: [...partnersKey, 'list', filters],
    queryFn: async () =>
      (
        await api<{ items: Partner[] }>(
          'GET',
          `/api/partners${queryString({ kind: filters.kind, active: filters.active, q: filters.q?.trim() })}`,
        )
      ).items,
    // Typing in the search box must not blank the list between answers.
    placeholderData: (previous) => previous,
  });
}

/** Adds a partner (no id) or changes one; either way every directory view is re-read. */
export function useSavePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PartnerInput | PartnerPatch }) =>
      id
        ? api<Partner>('PATCH', `/api/partners/${encodeURIComponent(id)}`, body)
        : api<Partner>('POST', '/api/partners', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKey }),
  });
}
