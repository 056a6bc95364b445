import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';

/**
 * A cheap "did anything change?" snapshot of the whole database: for every
 * table its row count and the newest transaction id among its rows (`xmin`),
 * so an UPDATE shows as well as an INSERT or a DELETE. One query, built from
 * the catalogue, on PGlite and PostgreSQL alike.
 */
export type Fingerprint = Record<string, string>;

export async function tablesOf(db: Db): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  return rows.map((r) => r.name);
}

export async function fingerprint(db: Db, tables: string[]): Promise<Fingerprint> {
  const parts = tables.map(
    (name) =>
      sql`select ${name}::text as name, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as mark from ${sql.identifier(name)}`,
  );
  const rows = rowsOf<{ name: string; mark: string }>(await db.execute(sql.join(parts, sql` union all `)));
  return Object.fromEntries(rows.map((r) => [r.name, r.mark]));
}

/**
 * The next transaction id PostgreSQL will hand out. Only a transaction that
 * writes takes one, so while it stays the same nothing was written anywhere
 * and the full fingerprint need not be taken again: the cheap first check.
 * (On a shared server other databases move it too; then the full one decides.)
 */
export async function nextTransactionId(db: Db): Promise<string> {
  const [row] = rowsOf<{ x: string }>(await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`));
  return row?.x ?? '';
}

/** Keeps the last full fingerprint and takes a new one only when some transaction wrote. */
export class WriteWatch {
  private constructor(
    private readonly db: Db,
    private readonly tables: string[],
    private current: Fingerprint,
    private xid: string,
  ) {}

  static async start(db: Db): Promise<WriteWatch> {
    const tables = await tablesOf(db);
    const xid = await nextTransactionId(db);
    return new WriteWatch(db, tables, await fingerprint(db, tables), xid);
  }

  /** What changed since the last call (empty if nothing), as `table: before → after`. */
  async changes(): Promise<string[]> {
    const xid = await nextTransactionId(this.db);
    if (xid === this.xid) return [];
    const next = await fingerprint(this.db, this.tables);
    const changed = changedTables(this.current, next);
    this.current = next;
    this.xid = xid;
    return changed;
  }
}

/** The tables whose mark differs, as `table: before → after`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);
}
