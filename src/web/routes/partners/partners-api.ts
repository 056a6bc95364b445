import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerKind } from '../../../shared/partners.ts';
import type { AgreementKind, AgreementState, PartnerService } from '../../../shared/referrals.ts';
import { api, queryString } from '../../api.ts';

/** A written agreement with a partner; `state` is worked out by the server from the Cambodian date. */
export type Agreement = {
  id: string;
  kind: AgreementKind;
  signedOn: string;
  expiresOn: string | null;
  state: AgreementState;
  notes: string | null;
  createdAt: string;
};
export type AgreementInput = {
  kind: AgreementKind;
  signedOn: string;
  expiresOn?: string | null;
  notes?: string | null;
};

/** One entry of the partner directory (`GET /api/partners`). */
export type Partner = {
  id: string;
  kind: PartnerKind;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  services: string | null;
  /** The services as codes, so referrals can pick partners by service. */
  serviceCodes: PartnerService[];
  /** Stored encrypted; shown to staff who may read the directory. */
  contact: string | null;
  notes: string | null;
  active: boolean;
  /** Newest first. */
  agreements: Agreement[];
  createdAt: string;
  updatedAt: string;
};

export type PartnerInput = {
  kind: PartnerKind;
  name: string;
  country?: string | null;
  services?: string | null;
  serviceCodes?: PartnerService[];
  contact?: string | null;
  notes?: string | null;
};
export type PartnerPatch = Partial<PartnerInput> & { active?: boolean };

export type ActiveFilter = 'true' | 'false' | 'all';
export type PartnerFilters = { kind?: PartnerKind; active: ActiveFilter; q?: string; service?: PartnerService };

/** Every directory view sits under this prefix, so one invalidation refreshes them all. */
export const partnersKey = ['partners'] as const;

export function usePartners(filters: PartnerFilters) {
  return useQuery({
    queryKey: [...partnersKey, 'list', filters],
    queryFn: async () =>
      (
        await api<{ items: Partner[] }>(
          'GET',
          `/api/partners${queryString({
            kind: filters.kind,
            active: filters.active,
            q: filters.q?.trim(),
            service: filters.service,
          })}`,
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

export const partnerKey = (id: string) => [...partnersKey, 'one', id] as const;

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKey(id),
    queryFn: () => api<Partner>('GET', `/api/partners/${encodeURIComponent(id)}`),
  });
}

/** Adds, changes or removes one of a partner's agreements; the answer is the whole partner again. */
export function useAgreementMutation(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { action: 'add'; body: AgreementInput }
        | { action: 'update'; agreementId: string; body: Partial<AgreementInput> }
        | { action: 'remove'; agreementId: string },
    ) => {
      const base = `/api/partners/${encodeURIComponent(partnerId)}/agreements`;
      if (change.action === 'add') return api<Partner>('POST', base, change.body);
      const url = `${base}/${encodeURIComponent(change.agreementId)}`;
      return change.action === 'update' ? api<Partner>('PATCH', url, change.body) : api<Partner>('DELETE', url);
    },
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKey(partner.id), partner);
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, 'list'] });
    },
  });
}
