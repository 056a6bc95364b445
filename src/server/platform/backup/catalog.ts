import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../db/client.ts';

/** A table as the backup sees it: read from the database's catalog, so a new module's table is included by itself. */
export type TableShape = {
  name: string;
  /** Stored columns (generated ones are recomputed, not copied), each with its exact SQL type. */
  columns: { name: string; type: string }[];
  /** Primary-key columns, the order rows are written in. Empty: every column orders. */
  orderBy: { name: string; collatable: boolean }[];
  /** Has a GENERATED ALWAYS AS IDENTITY column: inserting needs OVERRIDING SYSTEM VALUE. */
  identity: boolean;
};

export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

export type SchemaVersion = { migrations: number; latest: string | null };

/** Quotes an identifier from the catalog for SQL text. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every ordinary table of the application's schema, by name. */
export async function readTables(db: Executor): Promise<TableShape[]> {
  const columns = rowsOf<{
    table: string;
    column: string;
    type: string;
    collatable: boolean;
    identity: string;
    pk: number | null;
  }>(
    await db.execute(sql`
      select c.relname as "table", a.attname as "column",
             format_type(a.atttypid, a.atttypmod) as "type",
             a.attcollation <> 0 as "collatable",
             a.attidentity as "identity",
             array_position(i.indkey::int2[], a.attnum) as "pk"
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      left join pg_index i on i.indrelid = c.oid and i.indisprimary
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by c.relname, a.attnum`),
  );
  const tables = new Map<string, TableShape & { pk: { name: string; collatable: boolean; at: number }[] }>();
  for (const col of columns) {
    let table = tables.get(col.table);
    if (!table) {
      table = { name: col.table, columns: [], orderBy: [], identity: false, pk: [] };
      tables.set(col.table, table);
    }
    table.columns.push({ name: col.column, type: col.type });
    if (col.identity === 'a') table.identity = true;
    if (col.pk !== null) table.pk.push({ name: col.column, collatable: col.collatable, at: col.pk });
  }
  return [...tables.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ pk, ...t }) => ({
      ...t,
      orderBy: pk.length
        ? pk.sort((a, b) => a.at - b.at).map(({ name, collatable }) => ({ name, collatable }))
        : // No primary key: order by every column's text, which is the same on every engine.
          t.columns.map((c) => ({ name: c.name, collatable: true })),
    }));
}

/** The sequences of the application's schema (bigserial ids) and where each stands. */
export async function readSequences(db: Executor): Promise<SequenceState[]> {
  const names = rowsOf<{ name: string }>(
    await db.execute(sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S' order by c.relname`),
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = rowsOf<{ last_value: string; is_called: boolean }>(
      await db.execute(sql.raw(`select last_value::text as last_value, is_called from public.${ident(name)}`)),
    );
    if (row) states.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return states;
}

/** Which migrations the database has run: a backup restores only into the same schema. */
export async function readSchemaVersion(db: Executor): Promise<SchemaVersion> {
  const [row] = rowsOf<{ migrations: number; latest: string | null }>(
    await db.execute(sql`
      select count(*)::int as migrations,
             (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as latest
      from drizzle.__drizzle_migrations`),
  );
  return { migrations: row?.migrations ?? 0, latest: row?.latest ?? null };
}

export type ForeignKey = { table: string; name: string; definition: string };

/** The foreign keys between the application's tables, as SQL that recreates each exactly. */
export async function readForeignKeys(db: Executor): Promise<ForeignKey[]> {
  return rowsOf<ForeignKey>(
    await db.execute(sql`
      select c.relname as "table", k.conname as "name", pg_get_constraintdef(k.oid) as "definition"
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and k.contype = 'f'
      order by c.relname, k.conname`),
  );
}

/**
 * Makes every value's text form the same on any server and session, so a
 * value written by one engine reads back identically in another: UTC
 * timestamps in ISO form, hex bytea, floats with all their digits.
 */
export async function useCanonicalText(db: Executor): Promise<void> {
  for (const setting of [
    `set local timezone = 'UTC'`,
    `set local datestyle = 'ISO, YMD'`,
    `set local intervalstyle = 'postgres'`,
    `set local extra_float_digits = 3`,
    `set local bytea_output = 'hex'`,
  ]) {
    await db.execute(sql.raw(setting));
  }
}
