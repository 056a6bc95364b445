import fastifyCookie from '@fastify/cookie';
import fc from 'fast-check';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ACCESS } from '../../shared/permissions.ts';
import { openTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { installPolicy } from './policy.ts';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  admin = (await t.signedIn(['admin'])).client;
});
afterAll(() => t.close());

/** Registered API routes, with path parameters filled with syntactically valid values. */
const apiRoutes = () =>
  t.app
    .routeAccess()
    .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'))
    .map((r) => ({
      ...r,
      path: r.url.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':code', 'phnom_penh'),
    }));

describe('every route', () => {
  it('declares who may use it', () => {
    const routes = t.app.routeAccess();
    expect(routes.length).toBeGreaterThan(15);
    for (const r of routes) expect(ALLOWED_ACCESS, `${r.method} ${r.url}`).toContain(r.access);
  });

  it('refuses to start when a route declares nothing (deny by default)', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    installPolicy(app, async () => null);
    app.get('/api/declared', { config: { access: 'public' } }, async () => 'ok');
    app.get('/api/forgotten', async () => 'oops');
    await expect(app.ready()).rejects.toThrow('routes without a declared access rule: GET /api/forgotten');
  });

  it('answers 401 without a session unless public', async () => {
    for (const r of apiRoutes()) {
      if (r.access === 'public') continue;
      const res = await t
        .client()
        .request({ method: r.method as 'GET', url: r.path, payload: r.method === 'GET' ? undefined : {} });
      expect([401, 403], `${r.method} ${r.url}`).toContain(res.statusCode);
    }
  });

  it('never answers 5xx to random bodies and query strings', async () => {
    const routes = apiRoutes().filter((r) => r.url !== '/api/auth/logout');
    const body = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'email',
          'name',
          'roles',
          'officeCode',
          'code',
          'locale',
          'closedOn',
          'active',
          'password',
          'newPassword',
        ),
        fc.anything(),
      ),
      fc.string({ unit: 'binary' }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        body,
        fc.string({ maxLength: 40 }),
        async (route, payload, query) => {
          const serialised = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? 'null');
          const res = await admin.request({
            method: route.method as 'POST',
            url: `${route.path}?${encodeURIComponent(query)}=${encodeURIComponent(query)}`,
            payload: route.method === 'GET' ? undefined : serialised,
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode, `${route.method} ${route.url} ${serialised.slice(0, 200)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
