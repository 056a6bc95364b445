import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../app.ts';
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from '../testing/test-app.ts';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  admin = (await t.signedIn(['admin'])).client;
});
afterAll(() => t.close());

const countUsers = async () => (await admin.get('/api/users')).json().items.length;

describe('bad input', () => {
  it('gets a specific 4xx and changes nothing', async () => {
    const before = await countUsers();
    const json = { 'content-type': 'application/json' };
    const malformed = await admin.request({ method: 'POST', url: '/api/users', payload: '{"email": ', headers: json });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toBe('malformed_json');
    const huge = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: `{"name":"${'x'.repeat(BODY_LIMIT)}"}`,
      headers: json,
    });
    expect(huge.statusCode).toBe(413);
    const form = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: 'a=b',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(form.statusCode).toBe(415);
    const missing = await admin.post('/api/users', {});
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields).sort()).toEqual(['email', 'name', 'officeCode', 'roles']);
    expect(await countUsers()).toBe(before);
  });

  it('never shows a stack trace', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('responses', () => {
  it('carry a strict Content-Security-Policy and other security headers', async () => {
    const res = await t.client().get('/api/health');
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publish an OpenAPI 3.1 document and its interactive reference', async () => {
    const doc = (await t.client().get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/users', '/api/auth/login', '/api/audit/verify']),
    );
    const ui = await t.client().get('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('logs', () => {
  it('contain no passwords, codes, cookies, emails or query strings', async () => {
    t.logs.length = 0;
    const c = t.client();
    await c.post('/api/auth/login', { email: 'someone.secret@example.org', password: TEST_PASSWORD });
    await admin.get('/api/audit?recordId=child-name-Sokha');
    t.app.log.info({ user: { email: 'leak@example.org', name: 'Leak Name', password: 'hunter2' } }, 'explicit');
    const all = t.logs.join('\n');
    expect(all).toContain('/api/auth/login');
    for (const secret of [
      'someone.secret',
      TEST_PASSWORD,
      'child-name-Sokha',
      'leak@example.org',
      'Leak Name',
      'hunter2',
      'komar_session=',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('web app files', () => {
  it('answers deep links with the app page and unknown API paths with JSON 404', async () => {
    // `npm test` builds the web app first; run `npm run build:web` before calling vitest directly.
    const page = await t.client().get('/admin/users');
    expect(page.statusCode, 'is the web app built?').toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    // The CSP forbids inline scripts: every script tag must load a file.
    const tags = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toMatch(/\ssrc=/);
    const report = await t.client().get('/report/new');
    expect(report.statusCode).toBe(200);
    // The public page's script arrives compressed: it has to load on a 3G phone.
    const script = /<script[^>]+src="([^"]+)"/.exec(report.body)?.[1] ?? '';
    const js = await t.client().request({ method: 'GET', url: script, headers: { 'accept-encoding': 'gzip' } });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.headers['cache-control']).toContain('immutable');
    // API answers are never compressed (they carry secrets beside what the client sent: BREACH).
    const api = await t
      .client()
      .request({ method: 'GET', url: '/api/auth/csrf', headers: { 'accept-encoding': 'gzip' } });
    expect(api.headers['content-encoding']).toBeUndefined();
    const missing = await t.client().get('/nope.png');
    expect(missing.statusCode).toBe(404);
    const unknown = await t.client().get('/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'not_found', message: 'not found or no access' });
  });
});
