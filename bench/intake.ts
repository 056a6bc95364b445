/**
 * Public report intake: `POST /api/public/reports` through the whole app
 * (validation, encryption, report + audit row in one statement, the audit
 * sealer running) beside a bare Fastify POST + one INSERT, measured in the
 * same run, on PostgreSQL and on the embedded PGlite. Each server runs in its
 * own process (bench/intake-child.ts), so its peak RSS under load is measured;
 * autocannon loads it from this process. Budget (DESIGN.md): ≥ 2,000/s, p99
 * < 100 ms on 2 cores, i.e. ≥ 0.4 × the bare baseline (PostgreSQL).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/intake.ts
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 (defaults)
 */
import type { IntakeChildResult } from './intake-child.ts';
import {
  CONNECTIONS,
  DURATION,
  type Figures,
  isMain,
  load,
  nextMessage,
  PORTS,
  type Row,
  startChild,
  withScratchDatabase,
} from './lib.ts';
import { printRows } from './table.ts';

const report = JSON.stringify({
  category: 'sexual_abuse',
  description: 'ក្មេងស្រីម្នាក់ — synthetic benchmark text, about a paragraph long, as a real report would be.',
  province: 'siem_reap',
  place: 'synthetic place',
  occurredOn: '2026-11-01',
  emergency: false,
  language: 'km',
});

type Measured = Figures & IntakeChildResult;

/** Starts one server process, loads it, stops it and collects what it measured of itself. */
async function measure(mode: 'bare' | 'komar', kind: 'postgres' | 'pglite', port: number, url?: string) {
  const child = startChild('./intake-child.ts', [mode, kind, String(port)], url ? { BENCH_TARGET_URL: url } : {});
  try {
    const { address } = await nextMessage<{ address: string }>(child);
    const figures = await load({
      url: address,
      method: 'POST',
      body: report,
      headers: { 'content-type': 'application/json' },
    });
    const done = nextMessage<IntakeChildResult>(child);
    child.send('stop');
    return { ...figures, ...(await done) } satisfies Measured;
  } finally {
    child.kill();
  }
}

const onPostgres = (mode: 'bare' | 'komar', port: number) =>
  withScratchDatabase((url) => measure(mode, 'postgres', port, url));

/** The rows for the table: throughput, latency and the server's peak RSS, on each database. */
export async function benchIntake(): Promise<Row[]> {
  const area = 'report intake';
  const how = `${CONNECTIONS} connections, ${DURATION} s`;
  const rows: Row[] = [];
  const add = (db: Row['db'], base: Measured, komar: Measured, budget: boolean) => {
    const ratio = komar.rps / base.rps;
    const what = `bare Fastify POST + one INSERT (${db === 'PGlite' ? 'PGlite query' : 'pg.Pool'}), same load`;
    const misses = [komar.rps < 2000 && '< 2,000/s', ratio < 0.4 && `< 0.4× baseline`].filter(Boolean).join(', ');
    rows.push(
      {
        area,
        measure: `POST /api/public/reports, throughput (${how})`,
        db,
        value: komar.rps,
        unit: 'req/s',
        goal: budget ? '≥ 2,000/s and ≥ 0.4× baseline' : '— (embedded: for trying Komar, small offices)',
        baseline: base.rps,
        baselineWhat: what,
        ratio,
        meets: budget ? !misses : null,
        note: (budget && misses) || undefined,
      },
      {
        area,
        measure: 'POST /api/public/reports, p99 latency',
        db,
        value: komar.p99,
        unit: 'ms',
        goal: budget ? '< 100 ms' : '—',
        baseline: base.p99,
        ratio: komar.p99 / base.p99,
        meets: budget ? komar.p99 < 100 : null,
      },
      {
        area,
        measure: 'server peak RSS under that load',
        db,
        value: komar.peakRssMb,
        unit: 'MB',
        goal: '—',
        baseline: base.peakRssMb,
        ratio: komar.peakRssMb / base.peakRssMb,
        meets: null,
      },
    );
    const chainOk = komar.chainOk;
    rows.push({
      area,
      measure: `reports stored, audit chain ${chainOk ? 'sealed and verified' : 'NOT VERIFIED'}`,
      db,
      value: komar.stored,
      unit: 'reports',
      goal: 'every report sealed, chain verifies',
      baseline: null,
      ratio: null,
      meets: chainOk,
      note: chainOk ? undefined : komar.chain,
    });
  };
  const pgBase = await onPostgres('bare', PORTS.bareIntake);
  const pgKomar = await onPostgres('komar', PORTS.komarIntake);
  add('PostgreSQL', pgBase, pgKomar, true);
  const liteBase = await measure('bare', 'pglite', PORTS.bareIntakeLite);
  const liteKomar = await measure('komar', 'pglite', PORTS.komarIntakeLite);
  add('PGlite', liteBase, liteKomar, false);
  return rows;
}

if (isMain(import.meta.url)) printRows('Report intake', await benchIntake());
