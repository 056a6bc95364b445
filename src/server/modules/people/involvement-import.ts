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
  // One plan row per file row, built in one statement: who the row is (an earlier import's person or a
  // new one) and which investigation it names. Updating import_rows column by column cost 4× as much.
  await run(sql`create temp table import_plan on commit drop as
                select r.line, r.ref, r.data, v.id is null as is_new,
                       coalesce(v.person_id, gen_random_uuid()) as person_id,
                       coalesce(v.id, gen_random_uuid()) as involvement_id,
                       i.id as investigation_id
                from import_rows r
                left join involvements v on v.source_kind = ${kind} and v.source_ref = r.ref
                left join investigations i on i.ref = r.data->>'investigation_ref'`);
  await run(sql`create temp table import_changed (line int primary key) on commit drop`);

  // New people and their involvement.
  await run(sql`insert into people (id, gender, nationality, birth_year)
                select r.person_id, coalesce(${spec.gender}, 'unknown'), ${spec.nationality}, (r.data->>'birth_year')::int
                from import_plan r where r.is_new`);
  await run(sql`insert into involvements (id, person_id, investigation_id, role, source_kind, source_ref)
                select r.involvement_id, r.person_id, r.investigation_id, ${spec.role}, ${kind}, r.ref
                from import_plan r where r.is_new`);

  // Known people: update what the file says differently.
  await run(sql`with u as (
                  update people p set gender = coalesce(${spec.gender}, p.gender),
                    nationality = coalesce(${spec.nationality}, p.nationality),
                    birth_year = coalesce((r.data->>'birth_year')::int, p.birth_year), updated_at = now()
                  from import_plan r
                  where p.id = r.person_id and not r.is_new
                    and (coalesce(${spec.gender}, p.gender), coalesce(${spec.nationality}, p.nationality),
                         coalesce((r.data->>'birth_year')::int, p.birth_year))
                        is distinct from (p.gender, p.nationality, p.birth_year)
                  returning r.line)
                insert into import_changed select line from u on conflict do nothing`);
  await run(sql`with u as (
                  update involvements v set role = ${spec.role}, investigation_id = coalesce(r.investigation_id, v.investigation_id),
                    updated_at = now()
                  from import_plan r
                  where v.id = r.involvement_id and not r.is_new
                    and (${spec.role}, coalesce(r.investigation_id, v.investigation_id)) is distinct from (v.role, v.investigation_id)
                  returning r.line)
                insert into import_changed select line from u on conflict do nothing`);

  // The outcome (arrest or rescue) on its date.
  await run(sql`with u as (
                  update ${outcomeTable} o set ${outcomeColumn} = (r.data->>${spec.outcome.column})::date
                  from import_plan r
                  where o.involvement_id = r.involvement_id and r.data->>${spec.outcome.column} is not null
                    and o.${outcomeColumn} <> (r.data->>${spec.outcome.column})::date
                  returning r.line)
                insert into import_changed select line from u on conflict do nothing`);
  await run(sql`with c as (
                  insert into ${outcomeTable} (involvement_id, ${outcomeColumn})
                  select r.involvement_id, (r.data->>${spec.outcome.column})::date from import_plan r
                  where r.data->>${spec.outcome.column} is not null
                    and not exists (select 1 from ${outcomeTable} o where o.involvement_id = r.involvement_id)
                  returning involvement_id)
                insert into import_changed select line from import_plan
                where involvement_id in (select involvement_id from c) and not is_new on conflict do nothing`);

  const [counts] = rowsOf<ImportCounts>(
    await tx.execute(sql`select count(*) filter (where is_new)::int as created,
                                (select count(*)::int from import_changed) as updated,
                                count(*) filter (where not is_new)::int - (select count(*)::int from import_changed) as unchanged
                         from import_plan`),
  );
  return counts ?? { created: 0, updated: 0, unchanged: 0 };
}
