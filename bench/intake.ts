/**
 * Public report intake on PostgreSQL: `POST /api/public/reports` through the
 * whole app (validation, encryption, report + audit row in one transaction,
 * the audit sealer running) beside a bare Fastify POST + one INSERT through a
 * pg.Pool, measured in the same run. Budget (DESIGN.md): ≥ 2,000/s, p99 < 100 ms
 * on 2 cores, i.e. ≥ 0.4 × the baseline; both are printed, since the baseline
 * itself varies with the machine.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/intake.ts
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { Ctx } from '../src/server/context.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import { startSealer } from '../src/server/platform/audit/audit.sealer.ts';
import { verifyAuditChain } from '../src/server/platform/audit/audit.verify.ts';
import { FieldCipher } from '../src/server/platform/crypto/field-cipher.ts';
import { type Figures, load, printTable, withScratchDatabase } from './lib.ts';

const report = JSON.stringify({
  category: 'sexual_abuse',
  description: 'ក្មេងស្រីម្នាក់ — synthetic benchmark text, about a paragraph long, as a real report would be.',
  province: 'siem_reap',
  place: 'synthetic place',
  occurredOn: '2026-11-01',
  emergency: false,
  language: 'km',
});
const json = { 'content-type': 'application/json' };

async function bareInsert(url: string): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // the scratch database is dropped with FORCE at the end
  await pool.query(
    'create table if not exists bench_bare (id bigserial primary key, body jsonb not null, at timestamptz default now())',
  );
  const app = Fastify();
  app.post('/bare', async (request, reply) => {
    await pool.query('insert into bench_bare (body) values ($1)', [request.body]);
    return reply.status(201).send({ ok: true });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load({ url: `${address}/bare`, method: 'POST', body: report, headers: json });
  } finally {
    await app.close();
    await pool.end();
  }
}

async function komarIntake(url: string): Promise<Figures & { reports: number; chain: string }> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
  await migrateDatabase(database);
  await seedOffices(database.db);
  const cipher = new FieldCipher(database.db, randomBytes(32));
  await cipher.load();
  const ctx: Ctx = { db: database.db, cipher, now: () => new Date(), config: { secureCookies: false } };
  // One address sends everything here: rate limiting is off for the measurement only.
  const app = await buildApp({
    ctx,
    database,
    cookieSecret: randomBytes(32),
    logLevel: 'silent',
    rateLimitPerMinute: false,
  });
  const stopSealer = startSealer(database.db, (err) => console.error(err));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const figures = await load({ url: `${address}/api/public/reports`, method: 'POST', body: report, headers: json });
    // autocannon drops its sockets when time is up: handlers already running still commit their report
    // a moment later. Let them finish, then the sealer seals what is left.
    await app.close();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stopSealer();
    const chain = await verifyAuditChain(database.db);
    const counted = await database.db.execute('select count(*)::int as n from reports' as never);
    const reports = (counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
    const verdict = chain.ok && chain.unsealed === 0 ? 'all sealed, verifies' : `NOT VERIFIED ${JSON.stringify(chain)}`;
    return { ...figures, reports, chain: `${chain.checked} entries, ${verdict}` };
  } finally {
    await app.close();
    await database.close();
  }
}

const base = await withScratchDatabase(bareInsert);
const komar = await withScratchDatabase(komarIntake);
printTable(
  'Report intake on PostgreSQL',
  [
    ['what', 'req/s', 'p50 ms', 'p99 ms', '× baseline'],
    ['bare Fastify POST + INSERT (baseline)', base.rps, base.p50, base.p99, '1.00'],
    ['POST /api/public/reports', komar.rps, komar.p50, komar.p99, (komar.rps / base.rps).toFixed(2)],
  ],
  { load: true },
);
console.log(`${komar.reports} reports stored; audit chain: ${komar.chain}`);
console.log(`budget: ≥ 2,000/s and p99 < 100 ms: ${komar.rps >= 2000 && komar.p99 < 100 ? 'met' : 'NOT met'}`);
