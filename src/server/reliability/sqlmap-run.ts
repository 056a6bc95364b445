import { spawn } from 'node:child_process';
import type { ApiClient } from './api-client.ts';
import { readSqlmapOutput, type SqlmapVerdict } from './sqlmap-output.ts';
import type { SqlmapTarget } from './sqlmap-targets.ts';

export const SQLMAP = process.env.KOMAR_SQLMAP ?? 'sqlmap';

export type SqlmapProfile = { level: string; risk: string; technique: string; timeout: string };

/**
 * Short (CI): level 1, risk 1, boolean-blind, error-based and UNION payloads
 * — the techniques that answer at once. Long: level 3 (more payloads, and
 * headers such as User-Agent and Referer), risk 2 (heavy time-based
 * payloads), every technique (stacked queries, time-based, inline).
 * Never risk 3: it adds OR-based payloads which, landing in an UPDATE or
 * DELETE, would change or remove every row (sqlmap's own warning).
 */
export function sqlmapProfile(long: boolean): SqlmapProfile {
  return long
    ? { level: '3', risk: '2', technique: 'BEUSTQ', timeout: '30' }
    : { level: '1', risk: '1', technique: 'BEU', timeout: '10' };
}

export type Sessions = { staff: ApiClient; visitor: ApiClient };

export type RunOptions = {
  serverUrl: string;
  /** Needed for targets `as` staff or visitor. */
  sessions?: Sessions;
  proxyUrl: string;
  outDir: string;
  profile: SqlmapProfile;
};

/** Where the target has a `*` marker, sqlmap tests only the marked places: mark the body's values too. */
function markedBody(target: SqlmapTarget): unknown {
  const marked = target.path.includes('*') || Object.values(target.headers ?? {}).some((v) => v.includes('*'));
  const mark = (v: unknown): unknown => {
    if (typeof v === 'string') return `${v}*`;
    if (Array.isArray(v)) return v.map(mark);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]));
    return v;
  };
  return marked ? mark(target.body) : target.body;
}

/** Runs sqlmap over one target, through the loopback proxy, and reads its verdict. */
export function runSqlmap(target: SqlmapTarget, opts: RunOptions): Promise<SqlmapVerdict> {
  const { serverUrl, sessions, proxyUrl, outDir, profile } = opts;
  const session = target.as === 'nobody' ? undefined : sessions?.[target.as];
  const headers = [
    'Accept: application/json',
    ...(target.body === undefined ? [] : ['Content-Type: application/json']),
    ...(session ? [`X-CSRF-Token: ${session.csrfToken}`] : []),
    ...Object.entries(target.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  const args = [
    '-u',
    `${serverUrl}${target.path}`,
    '--method',
    target.method,
    ...(target.body === undefined ? [] : ['--data', JSON.stringify(markedBody(target))]),
    '--headers',
    headers.join('\n'),
    ...(session ? ['--cookie', session.cookieHeader(), '--drop-set-cookie'] : []),
    // 401 is the sign-in's answer to a wrong password: the page to compare, not a reason to stop.
    '--ignore-code',
    '401',
    '--proxy',
    proxyUrl,
    '--batch',
    '--flush-session',
    '--disable-coloring',
    '--skip-waf',
    '--output-dir',
    outDir,
    // Both engines are PostgreSQL (PGlite is PostgreSQL compiled to WebAssembly): no other dialect's payloads.
    '--dbms',
    'PostgreSQL',
    '--level',
    profile.level,
    '--risk',
    profile.risk,
    '--technique',
    profile.technique,
    '--time-sec',
    '2',
    '--timeout',
    profile.timeout,
    '--retries',
    '1',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(SQLMAP, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => {
      output += c;
    });
    child.stderr.on('data', (c) => {
      output += c;
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (process.env.KOMAR_SQLMAP_VERBOSE) process.stderr.write(output);
      resolve(readSqlmapOutput(output));
    });
  });
}
