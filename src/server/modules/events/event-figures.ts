import { sql } from 'drizzle-orm';
import { OWN_ACTIVITY_TYPES } from '../../../shared/events.ts';
import { type Executor, rowsOf } from '../../db/client.ts';

export type CommunityEngagement = {
  participants: number;
  activities: Record<(typeof OWN_ACTIVITY_TYPES)[number], number>;
  governmentEvents: { events: number; participants: number };
};

/**
 * The `communityEngagement` part of `komar report annual` (data-exchange
 * contract), for the calendar year: the five own-activity types counted and
 * their participants summed; `government_event` apart. Reads the `events`
 * table, whatever filled it (import or the app).
 */
export async function communityEngagementFigures(db: Executor, year: number): Promise<CommunityEngagement> {
  const rows = rowsOf<{ type: string; events: number; participants: number }>(
    await db.execute(sql`
      select type, count(*)::int as events, coalesce(sum(participants), 0)::int as participants
      from events where held_on between ${`${year}-01-01`} and ${`${year}-12-31`}
      group by type`),
  );
  const of = (type: string) => rows.find((r) => r.type === type) ?? { events: 0, participants: 0 };
  const activities = Object.fromEntries(OWN_ACTIVITY_TYPES.map((t) => [t, of(t).events])) as Record<
    (typeof OWN_ACTIVITY_TYPES)[number],
    number
  >;
  return {
    participants: OWN_ACTIVITY_TYPES.reduce((n, t) => n + of(t).participants, 0),
    activities,
    governmentEvents: { events: of('government_event').events, participants: of('government_event').participants },
  };
}
