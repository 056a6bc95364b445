/**
 * One server for the intake benchmark, in its own process so that its peak
 * RSS under load is its own (the load generator runs in the parent).
 *
 *   node --import tsx bench/intake-child.ts <bare|komar> <postgres|pglite> <port>
 *   (BENCH_TARGET_URL = the scratch PostgreSQL database, for postgres)
 *
 * Sends {address} once listening; on the message 'stop' closes, lets the last
 * handlers commit, seals and verifies the audit chain (komar), and sends
 * {peakRssMb, stored, chain} before exiting.
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import type { Ctx } from '../src/server/context.ts';
import type { Database } from '../src/server/db/client.ts';
import { peakRssMb } from './lib.ts';

export type IntakeChildResult = { peakRssMb: number; stored: number; chainOk: boolean; chain: string };

const [mode, kind, portText] = process.argv.slice(2);
const send = (m: unknown) => process.send?.(m);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));
const stopped = new Promise<void>((resolve) => process.on('message', (m) => m === 'stop' && resolve()));

type Server = { address: string; finish(): Promise<Omit<IntakeChildResult, 'peakRssMb'>> };

const CREATE_BARE =
  'create table if not exists bench_bare (id bigserial primary key, body jsonb not null, at timestamptz default now())';
const INSERT_BARE = 'insert into bench_bare (body) values ($1)';

/** The baseline: a bare Fastify POST whose handler runs one INSERT. */
async function bare(database: Database | null, url: string | undefined): Promise<Server> {
  let insert: (body: unknown) => Promise<unknown>;
  let count: () => Promise<number>;
  let close: () => Promise<void>;
  if (database?.pglite) {
    const lite = database.pglite;
    await lite.query(CREATE_BARE);
    insert = (body) => lite.query(INSERT_BARE, [body]);
    count = async () => (await lite.query<{ n: number }>('select count(*)::int as n from bench_bare')).rows[0]?.n ?? 0;
    close = () => database.close();
  } else {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    pool.on('error', () => {}); // the scratch database is dropped with FORCE at the end
    await pool.query(CREATE_BARE);
    insert = (body) => pool.query(INSERT_BARE, [body]);
    count = async () => (await pool.query('select count(*)::int as n from bench_bare')).rows[0]?.n ?? 0;
    close = () => pool.end();
  }
  const app = Fastify();
  app.post('/bare', async (request, reply) => {
    await insert(request.body);
    return reply.status(201).send({ ok: true });
  });
  const address = await app.listen({ port: Number(portText), host: '127.0.0.1' });
  return {
    address: `${address}/bare`,
    async finish() {
      await app.close();
      await settle();
      const stored = await count();
      await close();
      return { stored, chainOk: true, chain: 'no audit' };
    },
  };
}

/** Komar's public intake: validation, encryption, report + audit row in one statement, the sealer running. */
async function komar(database: Database): Promise<Server> {
  // Loaded here, not at the top, so the bare server's RSS does not include the whole app.
  const { buildApp } = await import('../src/server/app.ts');
  const { rowsOf } = await import('../src/server/db/client.ts');
  const { migrateDatabase } = await import('../src/server/db/migrate.ts');
  const { seedOffices } = await import('../src/server/modules/offices/offices.service.ts');
  const { startSealer } = await import('../src/server/platform/audit/audit.sealer.ts');
  const { verifyAuditChain } = await import('../src/server/platform/audit/audit.verify.ts');
  const { FieldCipher } = await import('../src/server/platform/crypto/field-cipher.ts');
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
  const address = await app.listen({ port: Number(portText), host: '127.0.0.1' });
  return {
    address: `${address}/api/public/reports`,
    async finish() {
      // autocannon drops its sockets when time is up: handlers already running still commit their
      // report a moment later. Let them finish, then the sealer seals what is left.
      await app.close();
      await settle();
      await stopSealer();
      const chain = await verifyAuditChain(database.db);
      const counted = rowsOf<{ n: number }>(
        await database.db.execute('select count(*)::int as n from reports' as never),
      );
      await database.close();
      const chainOk = chain.ok && chain.unsealed === 0;
      const verdict = chainOk ? 'all sealed, verifies' : `NOT VERIFIED ${JSON.stringify(chain)}`;
      return { stored: counted[0]?.n ?? 0, chainOk, chain: `${chain.checked} entries, ${verdict}` };
    },
  };
}

try {
  const url = process.env.BENCH_TARGET_URL;
  if (kind === 'postgres' && !url) throw new Error('BENCH_TARGET_URL is not set');
  // The bare PostgreSQL server uses a bare pg.Pool; everything else opens the database as Komar does.
  const open = async () => (await import('../src/server/db/client.ts')).openDatabase;
  const database =
    kind === 'pglite'
      ? await (await open())({ kind: 'pglite' })
      : mode === 'komar'
        ? await (await open())({ kind: 'postgres', url: url as string, poolSize: 10 })
        : null;
  const server = mode === 'komar' ? await komar(database as Database) : await bare(database, url);
  send({ address: server.address });
  await stopped;
  const result = await server.finish();
  send({ ...result, peakRssMb: peakRssMb() } satisfies IntakeChildResult);
  process.disconnect?.();
} catch (err) {
  send({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exitCode = 1;
  process.disconnect?.();
}
