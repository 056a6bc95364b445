import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE_PROFILE } from '../../testing/suite-profile.ts';
import type { TestClient } from '../../testing/test-app.ts';
import { buildWorld, HOME, type MatrixUser, NAMES, type World } from './authz-world.ts';
import {
  EXPECTED_ACCESS,
  type Expectation,
  expectedAllowed,
  inScope,
  recordScope,
  type Scope,
} from './expected-access.ts';
import { outcomeOf, Tally } from './outcome.ts';
import { requestFor } from './route-requests.ts';

/**
 * The authorization matrix (issue 7, decision 022): every route × every role ×
 * own or other office × assigned or not, plus no session at all, against the
 * hand-kept table in `expected-access.ts`. The short profile (CI) tries every
 * combination of every read and of every scoped write, and unscoped writes
 * (decided by the role alone) with one user per role; writes that end a
 * record's working life (closing, merging, verdicts) run last, so they cannot
 * hide earlier answers. The long profile (`KOMAR_SUITE_PROFILE=long`) tries
 * unscoped writes with every user too, and repeats the writes after the final
 * ones, against the closed, merged and decided world.
 */
const LONG = SUITE_PROFILE === 'long';

/**
 * Writes after which the record is closed, merged or decided: run last, in
 * this order (a closure is decided before the matrix's own closure requests,
 * so the four-eyes rule never meets its requester).
 */
const FINAL_WRITES = [
  'POST /api/reports/:id/close',
  'POST /api/reports/:id/merge',
  'POST /api/investigations/:id/status',
  'POST /api/support/:id/closure/decision',
  'POST /api/support/:id/closure',
  'PUT /api/court/cases/:id/verdict',
  'PUT /api/court/cases/:id/withdrawal',
  'POST /api/people/merges/:id/undo',
  'POST /api/access-grants/:id/review',
];

let w: World;
let anonymous: TestClient;
const tally = new Tally();
const listTally = new Tally();
const orderTally = new Tally();

beforeAll(async () => {
  w = await buildWorld();
  anonymous = w.t.client();
}, 120_000);
afterAll(async () => {
  const all = Tally.sum([tally, listTally, orderTally]);
  console.log(
    [
      all.summary('authorization matrix'),
      tally.summary('  routes × sessions'),
      listTally.summary('  list contents'),
      orderTally.summary('  outsiders against a made-up record'),
    ].join('\n'),
  );
  await w?.t.close();
});

type Route = { method: string; url: string; key: string; expectation: Expectation };

function routes(): Route[] {
  return w.t.app
    .routeAccess()
    .filter((r) => r.method !== 'HEAD')
    .map((r) => {
      const key = `${r.method} ${r.url}`;
      return { method: r.method, url: r.url, key, expectation: EXPECTED_ACCESS[key] as Expectation };
    });
}

const label = (u: MatrixUser) => `${u.role}/${u.office}/${u.assigned ? 'assigned' : 'unassigned'}`;
const viewerOf = (u: MatrixUser) => ({ role: u.role, ownOffice: u.office === HOME, assigned: u.assigned });

/**
 * Who tries a route. Reads, and writes with a record scope, are tried by
 * everyone. A write without a scope is decided by the role alone, and a public
 * route by nothing at all, so the short profile tries those with one user per
 * role (and no session); the long profile, with everyone.
 */
function usersFor(route: Route, scoped: boolean): MatrixUser[] {
  const open = 'anyone' in route.expectation; // the policy never looks at the session
  if (LONG || (route.method === 'GET' && !open) || scoped) return w.users;
  return w.users.filter((u) => u.office === HOME && !u.assigned);
}

async function tryRoute(route: Route) {
  const e = route.expectation;
  if (!e || 'signInFlow' in e || 'outsideApi' in e) return; // a route missing from the table fails the test above
  const scoped = 'roles' in e && e.scope !== undefined;
  const contexts: { who: string; client: TestClient; allowed: (valid: boolean) => boolean }[] = [
    { who: 'no session', client: anonymous, allowed: () => 'anyone' in e },
    ...usersFor(route, scoped).map((u) => ({
      who: label(u),
      client: u.client,
      allowed: (valid: boolean) => expectedAllowed(e, viewerOf(u), valid),
    })),
  ];
  const attempt = async (ctx: (typeof contexts)[number]) => {
    const req = await requestFor(w, route.method, route.url, scoped);
    await req.before?.();
    const res = await ctx.client.request({
      method: route.method as 'GET',
      url: req.url,
      payload: req.body as object | undefined,
      headers: req.headers,
    });
    tally.add({
      route: route.key,
      who: ctx.who,
      expected: ctx.allowed(req.valid) ? 'allow' : 'deny',
      status: res.statusCode,
      outcome: outcomeOf(res, route.method === 'GET'),
      body: res.body,
    });
  };
  // Reads change nothing, so they go together; writes one after another, in order.
  if (route.method === 'GET') await Promise.all(contexts.map(attempt));
  else for (const ctx of contexts) await attempt(ctx);
}

describe('list routes', () => {
  /** Each list and the world's record that must be in it exactly for the viewers in scope. */
  const lists: { url: () => string; scope: Scope; marker: () => string }[] = [
    { url: () => '/api/investigations', scope: 'investigation', marker: () => w.ids.investigationId },
    { url: () => '/api/reports', scope: 'report', marker: () => w.ids.reportId },
    { url: () => '/api/support', scope: 'support', marker: () => w.ids.supportId },
    { url: () => '/api/support/follow-ups/overdue', scope: 'support', marker: () => w.ids.followUpId },
    { url: () => '/api/referrals', scope: 'support', marker: () => w.ids.referralId },
    { url: () => '/api/court/cases', scope: 'court', marker: () => w.ids.courtId },
    {
      url: () => `/api/court/hearings?from=${w.day(-30)}&to=${w.day(30)}`,
      scope: 'court',
      marker: () => w.ids.hearingId,
    },
    {
      url: () => `/api/people/search?q=${encodeURIComponent(NAMES.victim.latinName)}`,
      scope: 'person',
      marker: () => w.ids.victimPersonId,
    },
  ];

  it('show the world’s records to exactly the viewers in their scope', async () => {
    for (const list of lists) {
      for (const u of w.users) {
        const res = await u.client.get(list.url());
        if (res.statusCode !== 200) continue; // the gate: the matrix above checks it
        const listed = res.body.includes(list.marker());
        const expected = inScope(list.scope, viewerOf(u));
        listTally.add({
          route: `GET ${list.url().split('?')[0]} (contents)`,
          who: label(u),
          expected: expected ? 'allow' : 'deny',
          status: res.statusCode,
          outcome: listed ? 'allow' : 'deny',
          body: listed ? 'the record is listed' : 'the record is not listed',
        });
      }
    }
    expect(listTally.report() || 'none', listTally.summary('list contents')).toBe('none');
  }, 120_000);
});

describe('the authorization matrix', () => {
  it('has an expectation for every route, and none for a route that is gone', () => {
    const keys = routes().map((r) => r.key);
    const missing = keys.filter((k) => !EXPECTED_ACCESS[k]);
    expect(missing, 'add these routes to src/server/platform/authz/expected-access.ts').toEqual([]);
    const stale = Object.keys(EXPECTED_ACCESS).filter((k) => !keys.includes(k));
    expect(stale, 'these routes are gone: remove them from expected-access.ts').toEqual([]);
  });

  it('answers every read as the table says', async () => {
    for (const route of routes().filter((r) => r.method === 'GET')) await tryRoute(route);
    expect(tally.report() || 'none', tally.summary('reads so far')).toBe('none');
  }, 120_000);

  it(
    'answers every write as the table says, final writes last',
    async () => {
      const writes = routes().filter((r) => r.method !== 'GET');
      const ordered = [
        ...writes.filter((r) => !FINAL_WRITES.includes(r.key)),
        ...FINAL_WRITES.flatMap((key) => writes.filter((r) => r.key === key)),
        // Long profile: once more against the closed, merged and decided world.
        ...(LONG ? writes.filter((r) => !FINAL_WRITES.includes(r.key)) : []),
      ];
      for (const route of ordered) await tryRoute(route);
      expect(tally.report() || 'none', tally.summary('authorization matrix')).toBe('none');
    },
    (LONG ? 3 : 1) * 300_000,
  );
});

describe('out of scope', () => {
  /** Every uuid in a body replaced by one that names nothing: a reference that does not check out. */
  const foreign = (body: unknown): unknown =>
    typeof body === 'string' && /^[0-9a-f-]{36}$/.test(body)
      ? crypto.randomUUID()
      : Array.isArray(body)
        ? body.map(foreign)
        : body && typeof body === 'object'
          ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, foreign(v)]))
          : body;

  /** The path with its record (the first parameter) replaced by one that does not exist. */
  const missingRecord = (url: string, filled: string) => {
    const at = url.split('/').findIndex((segment) => segment.startsWith(':'));
    return filled
      .split('/')
      .map((segment, i) => (i === at ? crypto.randomUUID() : segment))
      .join('/');
  };

  it('tells an outsider nothing more than it would about a record that does not exist', async () => {
    // Decision 022: the answer to a user outside the record's scope must not depend on the record.
    // Checking a body's references ("add this agency first", "already undone") before the scope
    // would let them learn about it; so each outsider's answer is compared with the answer for a
    // made-up record, with the valid body and with a body whose references name nothing.
    for (const route of routes()) {
      const e = route.expectation;
      if (route.method === 'GET' || !('roles' in e) || !e.scope) continue;
      const scope = recordScope(e.scope);
      const outsiders = w.users.filter((u) => e.roles.includes(u.role) && !inScope(scope, viewerOf(u)));
      for (const u of outsiders) {
        const req = await requestFor(w, route.method, route.url, true);
        const bodies = req.body === undefined ? [undefined] : [req.body, foreign(req.body)];
        for (const [n, body] of bodies.entries()) {
          const ask = (url: string) =>
            u.client.request({ method: route.method as 'POST', url, payload: body as object, headers: req.headers });
          const real = await ask(req.url);
          const madeUp = await ask(missingRecord(route.url, req.url));
          const same = real.statusCode === madeUp.statusCode && real.body === madeUp.body;
          orderTally.add({
            route: `${route.key} (${n === 0 ? 'valid body' : 'unknown references'})`,
            who: label(u),
            expected: 'deny',
            status: real.statusCode,
            outcome: same ? 'deny' : 'allow',
            body: `${real.body.slice(0, 120)} — for a record that does not exist: ${madeUp.statusCode} ${madeUp.body.slice(0, 120)}`,
          });
        }
      }
    }
    expect(
      orderTally.report('SECURITY: AN OUTSIDER LEARNS ABOUT THE RECORD (the scope is checked too late)') || 'none',
      orderTally.summary('out of scope, compared with a record that does not exist'),
    ).toBe('none');
  }, 120_000);
});
