import { type SQL, sql } from 'drizzle-orm';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import { rowsOf } from '../../db/client.ts';
import { type OffenderGroup, type OffenderResearch, offenderResearch } from './offender-stats.ts';
import { type PublicOffenderResearch, publicResearch } from './public-research.ts';
import type { ResearchFilters } from './research.schema.ts';

/**
 * The offender research over the database, whatever filled it (imports or
 * the investigations' pages). The unit is the offender involvement: a person
 * recorded as perpetrator or accomplice in one investigation, or one row of an
 * `offenders` import (which is stored as exactly that). A person who offended
 * in two investigations counts twice, once per case, with the gender and
 * nationality of their one person record (decision 016). Only counts leave
 * the database: no name, no id.
 */
export async function researchOffenders(ctx: Pick<Ctx, 'db'>, f: ResearchFilters = {}): Promise<OffenderResearch> {
  const rows = rowsOf<OffenderGroup>(
    await ctx.db.execute(sql`
      select p.gender, p.nationality, v.role, count(*)::int as count
      from involvements v
      join people p on p.id = v.person_id
      left join investigations i on i.id = v.investigation_id
      left join arrests a on a.involvement_id = v.id
      where v.role in (${sql.join(
        OFFENDER_ROLES.map((r) => sql`${r}`),
        sql`, `,
      )}) ${sql.join(conditions(f), sql` `)}
      group by p.gender, p.nationality, v.role`),
  );
  return offenderResearch(rows);
}

/** The filters as SQL; an offender without an investigation drops out of any investigation filter. */
function conditions(f: ResearchFilters): SQL[] {
  const out: SQL[] = [];
  if (f.office) out.push(sql`and i.office_code = ${f.office}`);
  if (f.exploitationType) out.push(sql`and i.exploitation_type = ${f.exploitationType}`);
  const dated = f.period === 'opened' ? sql`i.opened_on` : sql`a.arrested_on`;
  if (f.from !== undefined) out.push(sql`and ${dated} >= make_date(${f.from}::int, 1, 1)`);
  if (f.to !== undefined) out.push(sql`and ${dated} < make_date(${f.to + 1}::int, 1, 1)`);
  return out;
}

export async function researchFor(
  ctx: Pick<Ctx, 'db'>,
  f: ResearchFilters & { public?: boolean },
): Promise<OffenderResearch | PublicOffenderResearch> {
  const { public: forPublic, ...filters } = f;
  const full = await researchOffenders(ctx, filters);
  return forPublic ? publicResearch(full) : full;
}
