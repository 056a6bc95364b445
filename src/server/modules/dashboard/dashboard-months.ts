import { addDays, todayInCambodia } from '../court/court-arithmetic.ts';

/** Today in Cambodia, where the organisation works: "today", "this year" and months count from it. */
export function cambodianToday(now: Date): string {
  return todayInCambodia(now);
}

/** The last `n` months up to and including today's, oldest first, as "YYYY-MM". */
export function lastMonths(today: string, n = 12): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The first day of the oldest month of the series: the lower bound of the grouped queries. */
export const seriesStart = (months: string[]) => `${months[0]}-01`;

/** Zero-filled series from the grouped rows (months with no record have no row). */
export function toSeries(months: string[], rows: { month: string; n: number }[]) {
  const byMonth = new Map(rows.map((r) => [r.month, Number(r.n)]));
  return months.map((month) => ({ month, n: byMonth.get(month) ?? 0 }));
}

export { addDays };
