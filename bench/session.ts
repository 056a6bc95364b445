/**
 * What authentication costs per request: a bare Fastify route versus Komar's
 * `GET /api/me` (session cookie → session row → user → permissions), measured
 * in the same run on the embedded database and, when BENCH_DATABASE_URL is
 * set, on PostgreSQL. Prints requests/s, p99 latency and the ratio.
 *
 *   npx tsx bench/session.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/session.ts
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
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
import { adminQuery, withDatabase } from '../src/server/testing/global-setup.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function load(url: string, headers: Record<string, string> = {}) {
  // The load generator runs in a worker thread so it does not share the server's event loop.
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, workers: 1 });
  if (r.non2xx) throw new Error(`${r.non2xx} non-2xx answers from ${url}`);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
}

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
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load(`${address}/api/me`, { cookie: `komar_session=${token}` });
  } finally {
    await app.close();
  }
}

async function bare() {
  const app = Fastify();
  app.get('/hello', async () => ({ hello: 'world' }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load(`${address}/hello`);
  } finally {
    await app.close();
  }
}

const rows: string[][] = [];
const base = await bare();
rows.push(['bare Fastify GET (baseline)', String(base.rps), String(base.p99), '1.00']);
const pglite = await openDatabase({ kind: 'pglite' });
const onPglite = await komarMe(pglite);
await pglite.close();
rows.push(['GET /api/me on PGlite', String(onPglite.rps), String(onPglite.p99), (onPglite.rps / base.rps).toFixed(2)]);
if (process.env.BENCH_DATABASE_URL) {
  // A throwaway database, so every run starts empty.
  const admin = process.env.BENCH_DATABASE_URL;
  const name = `komar_bench_${process.pid}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  try {
    const pg = await openDatabase({ kind: 'postgres', url: withDatabase(admin, name) });
    const onPg = await komarMe(pg);
    await pg.close();
    rows.push(['GET /api/me on PostgreSQL', String(onPg.rps), String(onPg.p99), (onPg.rps / base.rps).toFixed(2)]);
  } finally {
    await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
console.log(`\n${CONNECTIONS} connections, ${DURATION} s each`);
console.log(['what', 'req/s', 'p99 ms', '× baseline'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
