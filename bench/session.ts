/**
 * What authentication costs per request: a bare Fastify route versus Komar's
 * `GET /api/me` (session cookie → session row → user → permissions), measured
 * in the same run on the embedded database and, when BENCH_DATABASE_URL is
 * set, on PostgreSQL. Prints requests/s, p99 latency and the ratio.
 *
 *   npx tsx bench/session.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/session.ts
 *
 * Server and load generator share this process here (autocannon in a worker
 * thread): the figure is the cost of authentication, not a memory measure.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.ts';
import type { Ctx } from '../src/server/context.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { users } from '../src/server/modules/accounts/accounts.table.ts';
import { createSession } from '../src/server/modules/accounts/sessions.service.ts';
import { createUser } from '../src/server/modules/accounts/users.service.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import { FieldCipher } from '../src/server/platform/crypto/field-cipher.ts';
import { CONNECTIONS, DURATION, isMain, load, PORTS, type Row, withScratchDatabase } from './lib.ts';
import { printRows } from './table.ts';

async function komarMe(database: Database) {
  await migrateDatabase(database);
  await seedOffices(database.db);
  const cipher = new FieldCipher(database.db, randomBytes(32));
  await cipher.load();
  const ctx: Ctx = { db: database.db, cipher, now: () => new Date(), config: { secureCookies: false } };
  const { user } = await createUser(
    ctx,
    { label: 'system' },
    {
      email: `bench-${Date.now()}@example.org`,
      name: 'Bench',
      roles: ['trainer'],
      officeCode: 'phnom_penh',
    },
  );
  await database.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id));
  const token = await createSession(database.db, ctx, user.id, 'full');
  // The per-client rate limit would cap a load test from one address: lifted for the benchmark only.
  const app = await buildApp({
    ctx,
    database,
    cookieSecret: randomBytes(32),
    logLevel: 'silent',
    rateLimitPerMinute: false,
  });
  const address = await app.listen({ port: PORTS.session, host: '127.0.0.1' });
  try {
    return await load({ url: `${address}/api/me`, headers: { cookie: `komar_session=${token}` } });
  } finally {
    await app.close();
  }
}

async function bare() {
  const app = Fastify();
  app.get('/hello', async () => ({ hello: 'world' }));
  const address = await app.listen({ port: PORTS.session, host: '127.0.0.1' });
  try {
    return await load({ url: `${address}/hello` });
  } finally {
    await app.close();
  }
}

/** The rows for the table: `GET /api/me` on each database beside a bare Fastify GET, same load. */
export async function benchSession(): Promise<Row[]> {
  const base = await bare();
  const row = (db: Row['db'], f: typeof base): Row => ({
    area: 'authentication',
    measure: `GET /api/me with a session cookie (${CONNECTIONS} connections, ${DURATION} s)`,
    db,
    value: f.rps,
    unit: 'req/s',
    goal: '—',
    baseline: base.rps,
    baselineWhat: 'bare Fastify GET returning a constant, same load',
    ratio: f.rps / base.rps,
    meets: null,
    note: `p99 ${f.p99} ms`,
  });
  const pglite = await openDatabase({ kind: 'pglite' });
  const rows = [row('PGlite', await komarMe(pglite).finally(() => pglite.close()))];
  if (process.env.BENCH_DATABASE_URL) {
    const onPg = await withScratchDatabase(async (url) => {
      const pg = await openDatabase({ kind: 'postgres', url });
      try {
        return await komarMe(pg);
      } finally {
        await pg.close();
      }
    });
    rows.unshift(row('PostgreSQL', onPg));
  }
  return rows;
}

if (isMain(import.meta.url)) printRows('Authentication cost per request', await benchSession());
