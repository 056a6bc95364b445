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
import { load, printTable, withScratchDatabase } from './lib.ts';

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
    return await load({ url: `${address}/api/me`, headers: { cookie: `komar_session=${token}` } });
  } finally {
    await app.close();
  }
}

async function bare() {
  const app = Fastify();
  app.get('/hello', async () => ({ hello: 'world' }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load({ url: `${address}/hello` });
  } finally {
    await app.close();
  }
}

const rows: (string | number)[][] = [['what', 'req/s', 'p99 ms', '× baseline']];
const base = await bare();
rows.push(['bare Fastify GET (baseline)', base.rps, base.p99, '1.00']);
const pglite = await openDatabase({ kind: 'pglite' });
const onPglite = await komarMe(pglite);
await pglite.close();
rows.push(['GET /api/me on PGlite', onPglite.rps, onPglite.p99, (onPglite.rps / base.rps).toFixed(2)]);
if (process.env.BENCH_DATABASE_URL) {
  const onPg = await withScratchDatabase(async (url) => {
    const pg = await openDatabase({ kind: 'postgres', url });
    try {
      return await komarMe(pg);
    } finally {
      await pg.close();
    }
  });
  rows.push(['GET /api/me on PostgreSQL', onPg.rps, onPg.p99, (onPg.rps / base.rps).toFixed(2)]);
}
printTable('Authentication cost per request', rows, { load: true });
