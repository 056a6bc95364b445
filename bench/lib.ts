import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { adminQuery, withDatabase } from '../src/server/testing/global-setup.ts';

export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Seconds of the same load before measuring, so the JIT and the connection pools are warm for both sides. */
export const WARM_UP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

export type Figures = { rps: number; p50: number; p99: number };

/**
 * One line of the benchmark table: a figure beside its goal (DESIGN.md) and
 * beside a baseline measured in the same run, so that ratios compare across
 * machines even when the absolute figures do not.
 */
export type Row = {
  area: string;
  measure: string;
  db: 'PostgreSQL' | 'PGlite' | '—';
  value: number;
  unit: string;
  /** The goal as written in DESIGN.md (or the issue); '—' when there is none. */
  goal: string;
  /** The baseline's figure, in the same unit; null when there is none. */
  baseline: number | null;
  /** What the baseline is, for the legend. */
  baselineWhat?: string;
  /** value / baseline (or as the row's note says); null without a baseline. */
  ratio: number | null;
  /** Whether the goal is met; null when the row has no goal (information only). */
  meets: boolean | null;
  /** Why it misses, or what else the reader needs (shown after the verdict). */
  note?: string;
};

/** How big the generated data sets are. `large` is DESIGN.md's scale; `default` finishes in minutes on 2 cores. */
export type Scale = {
  name: 'default' | 'large';
  /** People in the search table (DESIGN.md: 1,000,000). */
  people: number;
  /** Share of DESIGN.md's report data set: 1 = 1M reports, 100k investigations, 50k clients. */
  reportsShare: number;
  /** Rows per import file, a small and a large file, to show memory stays flat. */
  importRows: [number, number];
};

export const SCALES: Record<Scale['name'], Scale> = {
  default: { name: 'default', people: 500_000, reportsShare: 0.5, importRows: [20_000, 100_000] },
  large: { name: 'large', people: 1_000_000, reportsShare: 1, importRows: [200_000, 1_000_000] },
};

export function scaleFromEnv(): Scale {
  return SCALES[(process.env.BENCH_SCALE as Scale['name']) ?? 'default'] ?? SCALES.default;
}

/** True when the module whose import.meta.url is given is the script being run (not imported by run.ts). */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/** Ports this benchmark may listen on (the project's machines share ports between engineers). */
export const PORTS = {
  bareIntake: 4210,
  komarIntake: 4211,
  bareIntakeLite: 4212,
  komarIntakeLite: 4213,
  session: 4214,
};

/**
 * Loads a URL with autocannon in a worker thread, so the load generator does not share the server's
 * event loop; after WARM_UP seconds of the same load, whose figures are dropped.
 */
export async function load(opts: {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}): Promise<Figures> {
  if (WARM_UP > 0) await autocannon({ connections: CONNECTIONS, duration: WARM_UP, workers: 1, ...opts });
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, workers: 1, ...opts });
  if (r.non2xx) throw new Error(`${r.non2xx} non-2xx answers from ${opts.url}`);
  if (r.errors) throw new Error(`${r.errors} errors from ${opts.url}`);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

export function requireBenchDatabase(): string {
  const admin = process.env.BENCH_DATABASE_URL;
  if (!admin)
    throw new Error(
      'set BENCH_DATABASE_URL to a PostgreSQL server where databases can be created, e.g.\n' +
        '  BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench',
    );
  return admin;
}

/** Runs `body` against a throwaway PostgreSQL database made from BENCH_DATABASE_URL, dropped afterwards. */
export async function withScratchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const admin = requireBenchDatabase();
  const name = `komar_bench_${process.pid}_${Date.now() % 100000}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  try {
    return await body(withDatabase(admin, name));
  } finally {
    await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * Starts a benchmark helper script (bench/*-child.ts) in its own Node process,
 * so its peak RSS is its own. The child talks JSON over the IPC channel.
 */
export function startChild(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return fork(file, args, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The next message from a child; rejects if it exits first or reports an error. */
export function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      cleanup();
      const error = (m as { error?: string }).error;
      if (error) reject(new Error(error));
      else resolve(m as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`benchmark child exited (code ${code}) before answering`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** The process's peak resident memory so far, in MB (Node reports maxRSS in KB). */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Prints a titled, tab-separated table; HTTP load tables name the load they ran under. */
export function printTable(title: string, rows: (string | number)[][], opts: { load?: boolean } = {}): void {
  console.log(`\n${title}${opts.load ? ` (${CONNECTIONS} connections, ${DURATION} s each)` : ''}`);
  for (const r of rows) console.log(r.map(String).join('\t'));
}
