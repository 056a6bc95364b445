import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import type { ImportCounts, RowError } from '../imports/import-kind.ts';

/**
 * What the `offenders` and `victims` imports share: each row is a person in a
 * role (found again by the row's ref), optionally in an investigation, with
 * an outcome on a date (an arrest, a rescue). Rows create a person the first
 * time; afterwards they update the same person. Empty cells keep what is known.
 */
export type InvolvementImport = {
  sourceKind: 'offenders' | 'victims';
  /** The role: a column of the file (offenders) or fixed (victims). */
  role: SQL;
  /** The person's gender from the file (required for offenders, optional for victims). */
  gender: SQL;
  nationality: SQL;
  outcome: { table: 'arrests' | 'rescues'; column: 'arrested_on' | 'rescued_on' };
};

/** investigation_ref must name an investigation already in Komar (imported before, or entered). */
export async function unknownInvestigationRefs(tx: Executor): Promise<RowError[]> {
  const rows = rowsOf<{ line: number }>(
    await tx.execute(sql`
      select r.line from import_rows r
      where r.data->>'investigation_ref' is not null
        and not exists (select 1 from investigations i where i.ref = r.data->>'investigation_ref')
      order by r.line`),
  );
  return rows.map((r) => ({ line: r.line, column: 'investigation_ref', reason: 'no investigation has this ref' }));
}

export async function applyInvolvements(tx: Executor, spec: InvolvementImport): Promise<ImportCounts> {
  const run = (q: SQL) => tx.execute(q);
  const kind = spec.sourceKind;
  const outcomeTable = sql.raw(spec.outcome.table);
  const outcomeColumn = sql.raw(spec.outcome.column);
  await run(sql`alter table import_rows add column person_id uuid, add column involvement_id uuid,
                add column investigation_id uuid, add column is_new boolean not null default false,
                add column changed boolean not null default false`);
  await run(sql`update import_rows r set person_id = v.person_id, involvement_id = v.id
                from involvements v where v.source_kind = ${kind} and v.source_ref = r.ref`);
  await run(sql`update import_rows set person_id = gen_random_uuid(), involvement_id = gen_random_uuid(), is_new = true
                where involvement_id is null`);
  await run(sql`update import_rows r set investigation_id = i.id
                from investigations i where i.ref = r.data->>'investigation_ref'`);

  // New people and their involvement.
  await run(sql`insert into people (id, gender, nationality, birth_year)
                select r.person_id, coalesce(${spec.gender}, 'unknown'), ${spec.nationality}, (r.data->>'birth_year')::int
                from import_rows r where r.is_new`);
  await run(sql`insert into involvements (id, person_id, investigation_id, role, source_kind, source_ref)
                select r.involvement_id, r.person_id, r.investigation_id, ${spec.role}, ${kind}, r.ref
                from import_rows r where r.is_new`);

  // Known people: update what the file says differently.
  await run(sql`with u as (
                  update people p set gender = coalesce(${spec.gender}, p.gender),
                    nationality = coalesce(${spec.nationality}, p.nationality),
                    birth_year = coalesce((r.data->>'birth_year')::int, p.birth_year), updated_at = now()
                  from import_rows r
                  where p.id = r.person_id and not r.is_new
                    and (coalesce(${spec.gender}, p.gender), coalesce(${spec.nationality}, p.nationality),
                         coalesce((r.data->>'birth_year')::int, p.birth_year))
                        is distinct from (p.gender, p.nationality, p.birth_year)
                  returning r.line)
                update import_rows set changed = true where line in (select line from u)`);
  await run(sql`with u as (
                  update involvements v set role = ${spec.role}, investigation_id = coalesce(r.investigation_id, v.investigation_id),
                    updated_at = now()
                  from import_rows r
                  where v.id = r.involvement_id and not r.is_new
                    and (${spec.role}, coalesce(r.investigation_id, v.investigation_id)) is distinct from (v.role, v.investigation_id)
                  returning r.line)
                update import_rows set changed = true where line in (select line from u)`);

  // The outcome (arrest or rescue) on its date.
  await run(sql`with u as (
                  update ${outcomeTable} o set ${outcomeColumn} = (r.data->>${spec.outcome.column})::date
                  from import_rows r
                  where o.involvement_id = r.involvement_id and r.data->>${spec.outcome.column} is not null
                    and o.${outcomeColumn} <> (r.data->>${spec.outcome.column})::date
                  returning r.line)
                update import_rows set changed = true where line in (select line from u)`);
  await run(sql`with c as (
                  insert into ${outcomeTable} (involvement_id, ${outcomeColumn})
                  select r.involvement_id, (r.data->>${spec.outcome.column})::date from import_rows r
                  where r.data->>${spec.outcome.column} is not null
                    and not exists (select 1 from ${outcomeTable} o where o.involvement_id = r.involvement_id)
                  returning involvement_id)
                update import_rows set changed = true where involvement_id in (select involvement_id from c) and not is_new`);

  const [counts] = rowsOf<ImportCounts>(
    await tx.execute(sql`select count(*) filter (where is_new)::int as created,
                                count(*) filter (where changed and not is_new)::int as updated,
                                count(*) filter (where not changed and not is_new)::int as unchanged
                         from import_rows`),
  );
  return counts ?? { created: 0, updated: 0, unchanged: 0 };
}
