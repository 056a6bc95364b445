import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerKind } from '../../../shared/partners.ts';
import type { PartnerService, ReferralStatus } from '../../../shared/referrals.ts';
import { api, queryString } from '../../api.ts';

type Step = { on: string; by: { id: string; name: string } } | null;

/** A support case's referral to a partner (`/api/referrals`). */
export type Referral = {
  id: string;
  caseId: string;
  /** Shown as SC-000042: never the client's name. */
  caseNumber: number;
  partner: { id: string; name: string; kind: PartnerKind; active: boolean };
  service: PartnerService;
  reason: string | null;
  status: ReferralStatus;
  sent: NonNullable<Step>;
  accepted: Step;
  declined: Step;
  declineReason: string | null;
  completed: Step;
  outcome: string | null;
  /** Days since sent (still open), or from sent to closed. */
  days: number;
};

export type ReferralFilter = 'open' | 'all' | ReferralStatus;
export type ReferralQuery = { status?: ReferralFilter; partnerId?: string; caseId?: string };

export type NewReferral = {
  caseId: string;
  partnerId: string;
  service: PartnerService;
  reason?: string | null;
  sentOn: string;
};
export type ReferralStep =
  | { status: 'accepted'; on: string }
  | { status: 'declined'; on: string; reason: string }
  | { status: 'completed'; on: string; outcome: string };

/** Every referral view sits under this prefix, so one invalidation refreshes them all. */
export const referralsKey = ['referrals'] as const;

export function useReferrals(query: ReferralQuery, enabled = true) {
  return useQuery({
    queryKey: [...referralsKey, query],
    queryFn: async () =>
      (
        await api<{ items: Referral[] }>(
          'GET',
          `/api/referrals${queryString({ status: query.status ?? 'open', partnerId: query.partnerId, caseId: query.caseId })}`,
        )
      ).items,
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useSendReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReferral) => api<Referral>('POST', '/api/referrals', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsKey }),
  });
}

export function useReferralStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReferralStep }) =>
      api<Referral>('POST', `/api/referrals/${encodeURIComponent(id)}/status`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsKey }),
  });
}
