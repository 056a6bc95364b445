import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDirLock } from './dir-lock.ts';
import * as schema from './schema.ts';

/** One typed handle over either engine: services never know which one they run on. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside a transaction. Inside one, always use it, never the outer Db (PGlite would wait forever). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either a Db or a Tx: what a service function that may run inside a caller's transaction accepts. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL URL (postgres only): migrations take their own connection to hold a lock. */
  url?: string;
  /** The raw PGlite instance, for tests that clone or dump it. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** dataDir undefined = in memory (tests); loadDataDir = start from a dump (test template). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

/** Extensions the migrations create; PGlite must load their code first. */
export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover, terminated backend) is
    // dropped by the pool and replaced on the next query; unhandled, it would crash the process.
    pool.on('error', (err) => console.error(`komar: an idle database connection closed (${errorCode(err)})`));
    // Fail fast with the server's own reason (wrong host, auth, database) rather than on first query.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', url: opts.url, close: () => pool.end() };
  }
  const release = opts.dataDir ? acquireDirLock(opts.dataDir) : () => {};
  try {
    const pglite = new PGlite({
      dataDir: opts.dataDir ? `${opts.dataDir}/pgdata` : undefined,
      loadDataDir: opts.loadDataDir,
      extensions: PGLITE_EXTENSIONS,
    });
    await pglite.waitReady;
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

function errorCode(err: unknown): string {
  return String((err as { code?: unknown }).code ?? (err as Error).message);
}

/**
 * Runs a statement whose text never changes as a named prepared statement:
 * node-postgres has PostgreSQL parse and plan it once per connection instead
 * of on every call (PGlite runs it as usual). The hot path of public intake.
 * Drizzle keeps `session` and `dialect` internal; this is the one place that reaches them.
 */
export function executePrepared(db: Executor, name: string, query: SQL): Promise<unknown> {
  const inner = db as unknown as {
    session: {
      prepareQuery(q: unknown, fields: undefined, name: string, arrayMode: boolean): { execute(): Promise<unknown> };
    };
    dialect: { sqlToQuery(q: SQL): unknown };
  };
  return inner.session.prepareQuery(inner.dialect.sqlToQuery(query), undefined, name, false).execute();
}

/** Rows of a raw `db.execute(sql...)`, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** True for a unique-constraint violation (SQLSTATE 23505), whichever driver raised it and however wrapped. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === '23505') return true;
  }
  return false;
}
