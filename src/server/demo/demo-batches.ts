import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { World } from './demo-world.ts';

/** The inserts of one batch, prepared (rows built, fields encrypted, JSON made) before its transaction opens. */
export class Batch {
  readonly statements: SQL[] = [];
}

/**
 * Writes records [0, total) in batches, each batch in its own transaction:
 * memory stays bounded by two batches whatever the scale, and progress is
 * reported after each. `prepare` builds the rows of [start, end) (the CPU
 * work: generating, encrypting) outside the transaction, and the next batch
 * is prepared while the database writes the current one.
 */
export async function inBatches(
  w: World,
  stage: string,
  total: number,
  size: number,
  prepare: (batch: Batch, start: number, end: number) => Promise<void>,
): Promise<void> {
  w.progress(stage, 0, total);
  const prepared = async (start: number) => {
    const batch = new Batch();
    await prepare(batch, start, Math.min(total, start + size));
    return batch;
  };
  let next = total > 0 ? prepared(0) : null;
  for (let start = 0; next; start += size) {
    const batch = await next;
    next = start + size < total ? prepared(start + size) : null;
    // Keep the next batch's rejection from going unhandled while this one is written.
    next?.catch(() => {});
    await w.ctx.db.transaction(async (tx) => {
      // A crash may lose the last batches, never corrupt anything: a demo seed need not wait for the disk.
      await tx.execute(sql`set local synchronous_commit to off`);
      for (const statement of batch.statements) await tx.execute(statement);
    });
    w.progress(stage, Math.min(total, start + size), total);
  }
}

/** [start, end) as an array of indexes. */
export const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

/**
 * Inserts rows typed by the table's own schema as ONE parameter (a JSON
 * array expanded by `jsonb_to_recordset`): several times faster than a
 * multi-row VALUES with tens of thousands of parameters, for the driver,
 * the ORM and the server alike. Dates travel as ISO strings, arrays as JSON
 * arrays (PostgreSQL converts both to the column's type). Nothing for an empty list.
 */
export function bulkInsert<T extends PgTable>(
  batch: Batch,
  table: T,
  rows: T['$inferInsert'][],
  options: { onConflictDoNothing?: boolean } = {},
): void {
  const first = rows[0];
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`no column ${k}`);
    return column;
  });
  const list = sql.join(
    names.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const types = sql.raw(names.map((c, k) => `"k${k}" ${c.getSQLType()}`).join(', '));
  const selected = sql.raw(names.map((_, k) => `"k${k}"`).join(', '));
  const json = JSON.stringify(
    rows.map((r) => Object.fromEntries(keys.map((k, i) => [`k${i}`, (r as Record<string, unknown>)[k] ?? null]))),
  );
  batch.statements.push(
    sql`insert into ${table} (${list}) select ${selected} from jsonb_to_recordset(${json}::jsonb) as x(${types})
        ${options.onConflictDoNothing ? sql`on conflict do nothing` : sql``}`,
  );
}
