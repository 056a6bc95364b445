import { sql } from 'drizzle-orm';
import { LEGAL_SERVICES, SOCIAL_SERVICES } from '../../../shared/support.ts';
import { type Executor, rowsOf } from '../../db/client.ts';
import { communityEngagementFigures } from '../events/event-figures.ts';
import type { AnnualFigures, AnnualReport } from './annual.schema.ts';

/** The first and last day of calendar year Y, as SQL date literals (compared against `date` columns). */
const bounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The annual report's figures for calendar year Y (data-exchange contract,
 * `komar report annual`), read from the database whatever filled it (the app
 * or imports). One aggregate query per table, each range-scanning an index
 * on its date column: no per-record work, so the cost is the year's rows.
 */
export async function annualFigures(db: Executor, year: number): Promise<AnnualFigures> {
  const { from, to } = bounds(year);

  // Investigations opened in Y (and their police cooperation), and cases opened in Y: one pass
  // over the rows matching either date (two index range scans OR-ed).
  const [inv] = rowsOf<{ investigated: number; opened: number; national: number; foreign: number }>(
    await db.execute(sql`
      select count(*) filter (where opened_on between ${from} and ${to})::int as investigated,
             count(*) filter (where case_opened_on between ${from} and ${to})::int as opened,
             count(*) filter (where opened_on between ${from} and ${to} and national_police)::int as national,
             count(*) filter (where opened_on between ${from} and ${to} and foreign_police)::int as foreign
      from investigations
      where opened_on between ${from} and ${to} or case_opened_on between ${from} and ${to}`),
  );

  // Arrests in Y by the offender's nationality: KH is Cambodian, any other known code foreign;
  // an unknown nationality (null) counts in the total only.
  const [arr] = rowsOf<{ total: number; cambodian: number; foreign: number }>(
    await db.execute(sql`
      select count(*)::int as total,
             count(*) filter (where p.nationality = 'KH')::int as cambodian,
             count(*) filter (where nullif(p.nationality, '') <> 'KH')::int as foreign
      from arrests a
      join involvements i on i.id = a.involvement_id
      join people p on p.id = i.person_id
      where a.arrested_on between ${from} and ${to}`),
  );

  const [res] = rowsOf<{ rescued: number }>(
    await db.execute(sql`select count(*)::int as rescued from rescues where rescued_on between ${from} and ${to}`),
  );

  // Distinct clients: a client with ten legal services counts once as a legal client; one with a
  // legal and a social service counts in both. A record merged into another counts as the kept one.
  const legal = sql.join(
    LEGAL_SERVICES.map((c) => sql`${c}`),
    sql`, `,
  );
  const social = sql.join(
    SOCIAL_SERVICES.map((c) => sql`${c}`),
    sql`, `,
  );
  const [cli] = rowsOf<{ legal: number; social: number }>(
    await db.execute(sql`
      select count(distinct client) filter (where service in (${legal}))::int as legal,
             count(distinct client) filter (where service in (${social}))::int as social
      from (select coalesce(p.merged_into, s.person_id) as client, s.service
            from support_services s join people p on p.id = s.person_id
            where s.delivered_on between ${from} and ${to}) y`),
  );

  return {
    year,
    criminalJusticeDevelopment: {
      casesInvestigated: inv?.investigated ?? 0,
      casesOpened: inv?.opened ?? 0,
      casesWithNationalPolice: inv?.national ?? 0,
      casesWithForeignPolice: inv?.foreign ?? 0,
      arrests: { foreign: arr?.foreign ?? 0, cambodian: arr?.cambodian ?? 0, total: arr?.total ?? 0 },
      victimsRescued: res?.rescued ?? 0,
    },
    courtSupport: { legalSupportClients: cli?.legal ?? 0, socialSupportClients: cli?.social ?? 0 },
    communityEngagement: await communityEngagementFigures(db, year),
  };
}

/** The report page's figures: year Y beside Y−1. */
export async function annualReport(db: Executor, year: number): Promise<AnnualReport> {
  // Side by side: on PostgreSQL's pool the two years run at once (PGlite and a transaction queue them).
  const [current, previous] = await Promise.all([annualFigures(db, year), annualFigures(db, year - 1)]);
  return { current, previous };
}
