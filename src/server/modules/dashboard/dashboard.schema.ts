import { z } from 'zod';

/** A count per code (status, channel, …): every known code is present, zero when none. */
const counts = z.record(z.string(), z.number());

/** One value per month, oldest first: `month` is "YYYY-MM" (Cambodian calendar). */
export const monthlySeries = z.array(z.object({ month: z.string(), n: z.number() }));

export const queuePanel = z.object({
  byStatus: counts,
  /** Open reports (not closed) by urgency and by channel. */
  byUrgency: z.object({ emergency: z.number(), normal: z.number() }),
  byChannel: counts,
  /** Open reports not acknowledged by their deadline. */
  breaches: z.number(),
});

export const myInvestigationsPanel = z.object({
  open: z.number(),
  items: z.array(z.object({ id: z.string(), number: z.number(), ref: z.string().nullable(), status: z.string() })),
  openTasks: z.number(),
  overdueTasks: z.number(),
});

export const myFollowUpsPanel = z.object({ open: z.number(), overdue: z.number() });

export const myHearingsPanel = z.object({
  days: z.number(),
  items: z.array(
    z.object({ date: z.string(), type: z.string(), courtCase: z.object({ id: z.string(), number: z.number() }) }),
  ),
});

export const overviewPanel = z.object({
  year: z.number(),
  reportsByUrgency: z.object({ emergency: z.number(), normal: z.number() }),
  reportsByChannel: counts,
  investigationsByStatus: counts,
  arrests: z.number(),
  rescues: z.number(),
  openReferrals: z.number(),
  upcomingHearings: z.number(),
  /** The year's two indicators, organisation-wide (null without `indicators:read`); percentages, null without data. */
  indicators: z
    .object({
      standardsPercent: z.number().nullable(),
      standardsTarget: z.number().nullable(),
      childFriendlyPercent: z.number().nullable(),
      childFriendlyTarget: z.number().nullable(),
    })
    .nullable(),
  trends: z.object({
    reports: monthlySeries,
    investigations: monthlySeries,
    arrests: monthlySeries,
    rescues: monthlySeries,
  }),
});

/** Only the panels the viewer's permissions allow are present. Counts and record numbers only: no names. */
export const dashboard = z.object({
  today: z.string(),
  queue: queuePanel.optional(),
  myInvestigations: myInvestigationsPanel.optional(),
  myFollowUps: myFollowUpsPanel.optional(),
  myHearings: myHearingsPanel.optional(),
  overview: overviewPanel.optional(),
});
export type Dashboard = z.infer<typeof dashboard>;
