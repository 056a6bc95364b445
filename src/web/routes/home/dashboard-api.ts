import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as schema from '../../../server/modules/dashboard/dashboard.schema.ts';
import { api } from '../../api.ts';

/** The shape of `GET /api/dashboard`: the server's schema is the source. Counts and record numbers only. */
export type Dashboard = z.infer<typeof schema.dashboard>;
export type MonthlySeries = NonNullable<Dashboard['overview']>['trends']['reports'];

/** Refreshed like the queue: the home page is where the hotline waits for new reports. */
export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api<Dashboard>('GET', '/api/dashboard'),
    refetchInterval: 30_000,
  });
}
