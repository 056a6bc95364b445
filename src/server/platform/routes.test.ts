import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ACCESS } from '../../shared/permissions.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { installPolicy } from './policy.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
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

// Generated bodies, query strings and headers for every route: fuzz/fuzz.test.ts.
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
});
