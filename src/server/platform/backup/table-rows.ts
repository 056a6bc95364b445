import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../db/client.ts';
import { ident, type TableShape } from './catalog.ts';

/** Rows fetched per round trip: a few hundred kilobytes, so memory stays flat on any table size. */
const FETCH = 1_000;
const CURSOR = 'komar_backup_rows';

/**
 * A table's rows, one line each: a JSON array of every column's PostgreSQL
 * text form (null for NULL), in primary-key order. The text form is what
 * COPY uses, so each value goes back in exactly (timestamps to the
 * microsecond, bytea, jsonb, arrays); call `useCanonicalText` first.
 * Reads through a cursor inside the caller's transaction: bounded memory.
 */
export async function* tableLines(db: Executor, table: TableShape): AsyncGenerator<string> {
  const select = table.columns.map((c, i) => `${ident(c.name)}::text as c${i}`).join(', ');
  const order = table.orderBy
    .map((c) => (c.collatable ? `${ident(c.name)}::text collate "C"` : ident(c.name)))
    .join(', ');
  await db.execute(
    sql.raw(
      `declare ${CURSOR} no scroll cursor for select ${select} from public.${ident(table.name)} order by ${order}`,
    ),
  );
  try {
    for (;;) {
      const rows = rowsOf<Record<string, string | null>>(await db.execute(sql.raw(`fetch ${FETCH} from ${CURSOR}`)));
      for (const row of rows) yield JSON.stringify(table.columns.map((_, i) => row[`c${i}`] ?? null));
      if (rows.length < FETCH) break;
    }
  } finally {
    await db.execute(sql.raw(`close ${CURSOR}`));
  }
}

/** Counts rows and hashes their lines as they pass: the digest a restore must reproduce. */
export class TableDigest {
  private readonly hash = createHash('sha256');
  rows = 0;
  add(line: string) {
    this.hash.update(line, 'utf8').update('\n');
    this.rows += 1;
  }
  hex(): string {
    return this.hash.digest('hex');
  }
}

/** Re-reads a table and returns its row count and digest, as the backup computed them. */
export async function digestTable(db: Executor, table: TableShape): Promise<{ rows: number; sha256: string }> {
  const digest = new TableDigest();
  for await (const line of tableLines(db, table)) digest.add(line);
  return { rows: digest.rows, sha256: digest.hex() };
}
