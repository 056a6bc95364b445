import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { Permission } from '../shared/permissions.ts';
import { ApiError, api, refreshCsrf } from './api.ts';
import type { Me, Stage } from './api-types.ts';

/** `null` means "not signed in": a 401 from /api/me is an answer, not an error. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('GET', '/api/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });

/** Where each sign-in stage continues. */
export const STAGE_PATHS = {
  mfa: '/sign-in/code',
  password_change: '/sign-in/password',
  enrol: '/sign-in/authenticator',
  full: '/',
} as const satisfies Record<Stage, string>;

/** Navigation and pages ask the server's permission list; the UI never re-derives rights from roles. */
export function can(me: Me | null | undefined, permission: Permission): boolean {
  return !!me && me.stage === 'full' && me.permissions.includes(permission);
}

/**
 * Asks the server again who is signed in. It refetches into the same cache
 * entry (never remove it): components already watching `me` (the language
 * sync, the header) then see the new answer.
 */
export function refreshMe(queryClient: QueryClient): Promise<Me | null> {
  return queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
}

/** After a sign-in step: take a token bound to the new session, and the session's new state. */
export async function afterSessionChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([refreshCsrf().catch(() => undefined), refreshMe(queryClient)]);
}

/** Signs out on the server, then drops every cached answer so nothing of the last user remains on screen. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await api('POST', '/api/auth/logout', {});
  } finally {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQuery.queryKey[0] });
    queryClient.setQueryData(meQuery.queryKey, null);
    await refreshCsrf().catch(() => undefined);
  }
}
