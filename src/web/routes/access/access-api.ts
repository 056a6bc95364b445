import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** One "break the glass" look at a record of the reviewer's office. */
export type AccessGrant = {
  id: string;
  recordType: string;
  recordId: string;
  /** e.g. INV-000042; never a name. */
  recordLabel: string;
  officeCode: string | null;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  active: boolean;
  reviewedAt: string | null;
  reviewerName: string | null;
  userName: string;
  userOffice: string;
};

export type GrantStatus = 'pending' | 'all';
const key = (status: GrantStatus) => ['access-grants', status] as const;

export function useAccessGrants(status: GrantStatus) {
  return useQuery({
    queryKey: key(status),
    queryFn: async () => (await api<{ items: AccessGrant[] }>('GET', `/api/access-grants?status=${status}`)).items,
    refetchOnWindowFocus: true,
  });
}

/** Marks a look reviewed; `endNow` also closes it when the reviewer finds it unjustified. */
export function useReviewGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, endNow }: { id: string; endNow: boolean }) =>
      api<void>('POST', `/api/access-grants/${encodeURIComponent(id)}/review`, { endNow }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['access-grants'] }),
  });
}
