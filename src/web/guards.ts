import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { Me, Stage } from './api-types.ts';
import { meQuery, STAGE_PATHS } from './session.ts';

/** Pages of the signed-in app: no session → sign-in; an unfinished sign-in → its next step. */
export async function requireFullSession(queryClient: QueryClient): Promise<{ me: Me }> {
  const me = await queryClient.ensureQueryData({ ...meQuery, revalidateIfStale: true });
  if (!me) throw redirect({ to: '/sign-in' });
  if (me.stage !== 'full') throw redirect({ to: STAGE_PATHS[me.stage] });
  return { me };
}

/**
 * A sign-in step page opens only at its own stage; anyone else goes where
 * their session stands. `alsoWhen` lets a fully signed-in user without an
 * authenticator (a trainer) enrol one from the profile page.
 */
export async function requireStage(
  queryClient: QueryClient,
  stage: Stage,
  alsoWhen?: (me: Me) => boolean,
): Promise<{ me: Me }> {
  const me = await queryClient.ensureQueryData({ ...meQuery, revalidateIfStale: true });
  if (!me) throw redirect({ to: '/sign-in' });
  if (me.stage !== stage && !alsoWhen?.(me)) throw redirect({ to: STAGE_PATHS[me.stage] });
  return { me };
}

/** The sign-in page itself: someone already (part-way) signed in continues from where they are. */
export async function redirectIfSignedIn(queryClient: QueryClient): Promise<void> {
  const me = await queryClient.ensureQueryData({ ...meQuery, revalidateIfStale: true });
  if (me) throw redirect({ to: STAGE_PATHS[me.stage] });
}
