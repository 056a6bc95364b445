import autocannon from 'autocannon';
import { adminQuery, withDatabase } from '../src/server/testing/global-setup.ts';

export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

export type Figures = { rps: number; p50: number; p99: number };

/** Loads a URL with autocannon in a worker thread, so the load generator does not share the server's event loop. */
export async function load(opts: {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, workers: 1, ...opts });
  if (r.non2xx) throw new Error(`${r.non2xx} non-2xx answers from ${opts.url}`);
  if (r.errors) throw new Error(`${r.errors} errors from ${opts.url}`);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

/** Runs `body` against a throwaway PostgreSQL database made from BENCH_DATABASE_URL, dropped afterwards. */
export async function withScratchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const admin = process.env.BENCH_DATABASE_URL;
  if (!admin) throw new Error('set BENCH_DATABASE_URL=postgres://… (a server where databases can be created)');
  const name = `komar_bench_${process.pid}_${Date.now() % 100000}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  try {
    return await body(withDatabase(admin, name));
  } finally {
    await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Prints a titled, tab-separated table; HTTP load tables name the load they ran under. */
export function printTable(title: string, rows: (string | number)[][], opts: { load?: boolean } = {}): void {
  console.log(`\n${title}${opts.load ? ` (${CONNECTIONS} connections, ${DURATION} s each)` : ''}`);
  for (const r of rows) console.log(r.map(String).join('\t'));
}
