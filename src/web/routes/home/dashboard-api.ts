import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** The shape of `GET /api/dashboard` (see the server's dashboard.schema.ts): counts and record numbers only. */
export type MonthlySeries = { month: string; n: number }[];
export type Dashboard = {
  today: string;
  queue?: {
    byStatus: Record<string, number>;
    byUrgency: { emergency: number; normal: number };
    byChannel: Record<string, number>;
    breaches: number;
  };
  myInvestigations?: {
    open: number;
    items: { id: string; number: number; ref: string | null; status: string }[];
    openTasks: number;
    overdueTasks: number;
  };
  myFollowUps?: { open: number; overdue: number };
  myHearings?: { days: number; items: { date: string; type: string; courtCase: { id: string; number: number } }[] };
  overview?: {
    year: number;
    reportsByUrgency: { emergency: number; normal: number };
    reportsByChannel: Record<string, number>;
    investigationsByStatus: Record<string, number>;
    arrests: number;
    rescues: number;
    openReferrals: number;
    upcomingHearings: number;
    trends: { reports: MonthlySeries; investigations: MonthlySeries; arrests: MonthlySeries; rescues: MonthlySeries };
  };
};

/** Refreshed like the queue: the home page is where the hotline waits for new reports. */
export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => api<Dashboard>('GET', '/api/dashboard'),
    refetchInterval: 30_000,
  });
}
