import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { byProfile, SUITE_PROFILE } from '../../testing/suite-profile.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { WriteWatch } from './db-fingerprint.ts';
import { type FuzzRequest, type FuzzRoute, fuzzRoutes, hugeRequests, requestArbitrary } from './fuzz-requests.ts';
import { idSource, openFuzzWorld } from './fuzz-world.ts';

/**
 * Generated requests against every API route (issue 7): schema-shaped bodies
 * with one thing wrong, query strings, odd headers, wrong content types,
 * malformed JSON, invalid UTF-8, deep nesting, huge bodies, Khmer and emoji.
 * Each must get an answer below 500, a refusal (4xx) must leave the database
 * exactly as it was, and the server must stay healthy. A 5xx is a bug.
 */
const RUNS_PER_ROUTE = byProfile(8, 250);
const SEED = Number(process.env.KOMAR_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

let t: TestApp;
let fuzzer: { client: TestClient; userId: string };
let watch: WriteWatch;
let routes: FuzzRoute[];
let ids: Awaited<ReturnType<typeof idSource>>;
let sent = 0;
const statuses = new Map<number, number>();
const byKind = new Map<string, number>();
const reached = new Set<string>();
/** A request each write route accepted: replayed with one string field edged at a time. */
const accepted = new Map<FuzzRoute, FuzzRequest>();
const problems: string[] = [];

beforeAll(async () => {
  const world = await openFuzzWorld();
  t = world.t;
  fuzzer = world.fuzzer;
  watch = await WriteWatch.start(t.ctx.db);
  routes = fuzzRoutes(t.app);
  ids = await idSource(t, [fuzzer.userId]);
}, 120_000);
afterAll(() => t?.close());

/** Sends as the signed-in fuzzer, each request from another address so the per-client rate limit counts nothing. */
async function send(req: FuzzRequest): Promise<LightMyRequestResponse> {
  sent += 1;
  const cookie = [...fuzzer.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: req.method as 'POST',
    url: req.url,
    payload: req.payload,
    remoteAddress: `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
    headers: { cookie, 'x-csrf-token': fuzzer.client.csrf ?? '', ...req.headers },
  });
}

const describeRequest = (req: FuzzRequest) => {
  const body =
    req.payload === undefined ? '' : Buffer.isBuffer(req.payload) ? `<${req.payload.length} bytes>` : req.payload;
  return `${req.kind}: ${req.method} ${req.url.slice(0, 300)} ${JSON.stringify(req.headers).slice(0, 200)} ${body.slice(0, 300)}`;
};

/** Sends one request and checks everything that must hold for it; problems are collected, not thrown, to see them all. */
async function check(route: FuzzRoute, req: FuzzRequest): Promise<void> {
  const logged = t.logs.length;
  const res = await send(req);
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  byKind.set(req.kind, (byKind.get(req.kind) ?? 0) + 1);
  const where = `${route.method} ${route.url} ← ${describeRequest(req)}`;
  if (res.statusCode >= 500) {
    const log = t.logs.slice(logged).find((l) => l.includes('unhandled error')) ?? '';
    problems.push(`${res.statusCode} ${where}\n    ${log.slice(0, 1_500)}`);
    await watch.changes();
    return;
  }
  if (req.expect && !req.expect.includes(res.statusCode))
    problems.push(`expected ${req.expect}, got ${res.statusCode} ${where}`);
  if (res.statusCode < 400) {
    reached.add(`${route.method} ${route.url}`);
    if (req.kind === 'valid' && route.writes && typeof req.payload === 'string') accepted.set(route, req);
    await watch.changes();
    return;
  }
  if (res.headers['content-type']?.toString().startsWith('application/json')) {
    const body = res.json() as { error?: unknown };
    if (typeof body.error !== 'string') problems.push(`4xx without an error code ${where}: ${res.body.slice(0, 200)}`);
  } else {
    problems.push(`4xx not in JSON ${where}: ${res.headers['content-type']}`);
  }
  if (/at .*\.(ts|js):\d+/.test(res.body)) problems.push(`stack trace in ${where}`);
  const changed = await watch.changes();
  if (changed.length) problems.push(`refused with ${res.statusCode} but wrote ${changed.join(', ')}: ${where}`);
}

async function stillHealthy(after: string) {
  const health = await t.client().get('/api/health');
  expect(health.statusCode, `health after ${after}`).toBe(200);
  expect(health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  // The fuzzer is still signed in: otherwise every later answer would be a meaningless 401.
  const me = await send({ kind: 'probe', method: 'GET', url: '/api/me', headers: {} });
  expect(me.statusCode, `fuzzer's session after ${after}`).toBe(200);
  await watch.changes();
}

describe('fuzzing every route', () => {
  it('first grows the world with valid requests, so later ones reach real records', async () => {
    const seen = problems.length;
    await watch.changes();
    for (let round = 0; round < 2; round++) {
      for (const route of routes.filter((r) => r.writes)) {
        if (reached.has(`${route.method} ${route.url}`)) continue;
        const { valid } = requestArbitrary(route, ids.forField, (p) => ids.forParam(route.url, p));
        for (const req of fc.sample(valid, { numRuns: 4, seed: SEED + round })) {
          await check(route, req);
          if (reached.has(`${route.method} ${route.url}`)) break;
        }
      }
      ids = await idSource(t, [fuzzer.userId]);
    }
    await stillHealthy('growing');
    expect(problems.slice(seen)).toEqual([]);
  }, 300_000);

  it('never answers 5xx, never writes on refusal, and stays up', async () => {
    const started = Date.now();
    const seen = problems.length;
    await watch.changes();
    for (const [i, route] of routes.entries()) {
      const { any } = requestArbitrary(route, ids.forField, (p) => ids.forParam(route.url, p));
      for (const req of fc.sample(any, { numRuns: RUNS_PER_ROUTE, seed: SEED + i })) {
        await check(route, req);
      }
      if (route.body && route.writes) {
        // A path of real ids: a malformed one is refused (400) before the body is even read.
        const url = route.pathParams.reduce(
          (u, p) =>
            u.replace(`:${p.name}`, ids.forParam(route.url, p.name)[0] ?? '00000000-0000-4000-8000-000000000000'),
          route.url,
        );
        for (const req of hugeRequests(route, url)) await check(route, req);
      }
      await stillHealthy(`${route.method} ${route.url}`);
    }
    const histogram = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const writes = problems.slice(seen).filter((p) => p.startsWith('refused')).length;
    console.log(
      `fuzz (${SUITE_PROFILE}, seed ${SEED}, ${t.database.kind}, ${((Date.now() - started) / 1000).toFixed(0)} s): ${sent} requests over ${routes.length} routes, ` +
        `status histogram ${histogram}, ${serverErrors} server errors, ${writes} writes on refusal; ` +
        `${reached.size} routes answered 2xx at least once; kinds: ${kinds}`,
    );
    expect(problems.slice(seen)).toEqual([]);
  }, 900_000);
});

describe('every text field of every accepted body', () => {
  it('takes NUL, lone surrogates, Khmer, emoji and bidi marks without a 5xx or a write on refusal', async () => {
    const edges = byProfile(EDGE_STRINGS.slice(0, 4), EDGE_STRINGS);
    const seen = problems.length;
    let n = 0;
    await watch.changes();
    for (const [route, req] of accepted) {
      const body = JSON.parse(req.payload as string) as unknown;
      for (const path of stringPaths(body)) {
        for (const edge of edges) {
          n += 1;
          await check(route, { ...req, kind: 'edged text field', payload: JSON.stringify(setAt(body, path, edge)) });
        }
      }
      await stillHealthy(`edged fields of ${route.method} ${route.url}`);
    }
    console.log(`fuzz: ${n} requests with one edged text field over ${accepted.size} accepted write routes`);
    expect(problems.slice(seen)).toEqual([]);
  }, 600_000);
});

/** Strings PostgreSQL, zod or a UI could choke on, most telling first. */
const EDGE_STRINGS = [
  'a\u0000b',
  'x\ud800y',
  'ក្ក្ក្ 👩‍👩‍👧‍👦 \u200d\u200c',
  '\u202eevil\u202c',
  '\ufeff',
  '\u0085\u2028',
  'ក'.repeat(5_000),
  "' or 1=1 --",
];

type Path = (string | number)[];
function stringPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

describe('found by fuzzing', () => {
  // Each of these was a bug the fuzzing found; kept as tests of the fix.
  let investigation: string;
  let office: string;
  let charge: string;
  beforeAll(async () => {
    // Opened by a fresh investigator, so the fuzzer (a manager of the office) is not on its team.
    const opener = await t.signedIn(['investigator']);
    const opened = await opener.client.post('/api/investigations', {
      officeCode: 'phnom_penh',
      openedOn: '2025-01-02',
    });
    if (opened.statusCode !== 201) throw new Error(opened.body);
    investigation = opened.json().id;
    // Another office, open again: the fuzzing above may have closed any of them.
    office = 'siem_reap';
    await t.ctx.db.execute(sql`update offices set closed_on = null where code = ${office}`);
    charge = rowsOf<{ id: string }>(await t.ctx.db.execute(sql`select id from court_charges limit 1`))[0]?.id as string;
    if (!charge) throw new Error('no court charge to test with');
  });
  const patch = (url: string, body: object) =>
    send({
      kind: 'pinned',
      method: 'PATCH',
      url,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });

  it("a move out of the editor's own offices is either refused without writing or answered 2xx", async () => {
    await watch.changes();
    const res = await patch(`/api/investigations/${investigation}`, { officeCode: office });
    const wrote = (await watch.changes()).length > 0;
    expect(res.statusCode < 300 || !wrote, `answered ${res.statusCode}, wrote: ${wrote}`).toBe(true);
  });

  it('a NUL character in a text field is refused with 400, not a failed query', async () => {
    expect((await patch(`/api/court/charges/${charge}`, { labelEn: 'a\u0000b' })).statusCode).toBe(400);
  });
  it('a NUL character in a query string is refused with 400, not a failed query', async () => {
    const res = await send({ kind: 'pinned', method: 'GET', url: '/api/court/staff?office=a%00b', headers: {} });
    expect(res.statusCode).toBe(400);
  });
  it('a lone surrogate in a setting is refused with 400, not a failed query', async () => {
    expect((await patch('/api/settings', { organisationName: 'x\ud800y' })).statusCode).toBe(400);
  });
});
