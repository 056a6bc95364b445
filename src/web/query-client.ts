import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';

/** 401s that mean "your session ended or is unfinished", as opposed to a wrong password at sign-in. */
function isSessionLost(err: unknown): boolean {
  return (
    err instanceof ApiError &&
    err.status === 401 &&
    (err.error === 'unauthenticated' || err.error === 'sign_in_incomplete')
  );
}

/**
 * One cache for the app. When any request finds the session gone (it expired,
 * or an administrator ended it), `onSessionLost` lets the route guards send
 * the user to sign-in or to the step they still owe.
 */
export function createQueryClient(onSessionLost: () => void): QueryClient {
  const handle = (err: unknown) => {
    if (isSessionLost(err)) onSessionLost();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves: retry only network and server failures.
        retry: (count, err) => count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      },
    },
  });
}
