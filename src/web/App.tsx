import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';
import { refreshMe } from './session.ts';
import { cssVariablesResolver, theme } from './theme.ts';

const queryClient = createQueryClient(() => {
  // Ask who is signed in now, then let the guards of the current page decide where to go.
  void refreshMe(queryClient)
    .catch(() => undefined)
    .finally(() => router.invalidate());
});
const router = createAppRouter(queryClient);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
