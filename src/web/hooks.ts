import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';
import type { Me, Office, User } from './api-types.ts';
import { meQuery } from './session.ts';

/** The signed-in user; inside the app frame the guard has already loaded it. */
export function useMe(): Me {
  const me = useQuery(meQuery).data;
  if (!me) throw new Error('useMe outside the signed-in app');
  return me;
}

export const officesQueryKey = ['offices'] as const;

/** Offices change rarely; every page that names an office shares this one list. */
export function useOffices(enabled = true) {
  return useQuery({
    queryKey: officesQueryKey,
    queryFn: async () => (await api<{ items: Office[] }>('GET', '/api/offices')).items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const usersQueryKey = ['users'] as const;

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: async () => (await api<{ items: User[] }>('GET', '/api/users')).items,
    enabled,
  });
}
