import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { openTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import { users } from './accounts.table.ts';
import { IDLE_TIMEOUT_MS } from './sessions.service.ts';
import { lockDuration } from './sign-in.service.ts';
import { currentTotp } from './totp.ts';
import { createUser, ensureFirstAdmin } from './users.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('first sign-in of the first administrator', () => {
  it('goes from one-time password to own password to authenticator to the app', async () => {
    const first = await ensureFirstAdmin(t.ctx);
    expect(first).not.toBeNull();
    expect(await ensureFirstAdmin(t.ctx)).toBeNull();
    const c = t.client();
    const login = await c.post('/api/auth/login', { email: first?.email, password: first?.oneTimePassword });
    expect(login.json()).toEqual({ stage: 'password_change' });
    const cookie = login.cookies.find((k) => k.name === 'komar_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    expect((await c.get('/api/users')).statusCode).toBe(401);
    const weak = await c.post('/api/auth/password', {
      currentPassword: first?.oneTimePassword,
      newPassword: 'password123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.newPassword).toMatch(/guess/);
    const changed = await c.post('/api/auth/password', {
      currentPassword: first?.oneTimePassword,
      newPassword: TEST_PASSWORD,
    });
    expect(changed.json()).toEqual({ stage: 'enrol' });

    const setup = await c.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Komar:/);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await c.post('/api/auth/totp/confirm', { code: '000000' })).statusCode).toBe(400);
    const confirmed = await c.post('/api/auth/totp/confirm', { code: currentTotp(secret) });
    expect(confirmed.json()).toEqual({ stage: 'full' });

    const me = await c.get('/api/me');
    expect(me.json()).toMatchObject({
      stage: 'full',
      user: { email: first?.email, totpEnabled: true, roles: ['admin'] },
    });
    expect(me.json().permissions).toContain('users:manage');
    // The secret is stored encrypted, never in clear.
    const [row] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, first?.email ?? ''));
    expect(row?.totpSecret).toMatch(/^k1\.\d+\./);
    expect(row?.totpSecret).not.toContain(secret);

    // Next sign-in asks for the code.
    const again = t.client();
    expect((await again.post('/api/auth/login', { email: first?.email, password: TEST_PASSWORD })).json()).toEqual({
      stage: 'mfa',
    });
    expect((await again.post('/api/auth/mfa', { code: '12345' })).json().fields.code).toBeDefined();
    expect((await again.post('/api/auth/mfa', { code: currentTotp(secret) })).json()).toEqual({ stage: 'full' });
  });
});

describe('sign-in failures', () => {
  it('answers the same for an unknown email and a wrong password', async () => {
    const { email } = await t.signedIn(['hotline']);
    const unknown = await t.client().post('/api/auth/login', { email: 'nobody@example.org', password: 'x' });
    const wrong = await t.client().post('/api/auth/login', { email, password: 'wrong password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('locks the account after five failures, with a growing delay', async () => {
    expect([4, 5, 6, 7, 20].map(lockDuration)).toEqual([0, 30_000, 60_000, 120_000, 3_600_000]);
    const { email } = await t.signedIn(['investigator']);
    const c = t.client();
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/auth/login', { email, password: `bad ${i}` })).statusCode).toBe(401);
    const locked = await c.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'locked', retryAfter: 30 });
    t.clock.advance(31_000);
    expect((await c.post('/api/auth/login', { email, password: 'bad again' })).statusCode).toBe(401);
    expect((await c.post('/api/auth/login', { email, password: TEST_PASSWORD })).json()).toMatchObject({
      retryAfter: 60,
    });
    t.clock.advance(61_000);
    expect((await c.post('/api/auth/login', { email, password: TEST_PASSWORD })).json()).toEqual({ stage: 'mfa' });
    const failures = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(failures.length).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(failures)).not.toContain('bad ');
  });

  it('rate-limits sign-in attempts per client', async () => {
    const c = t.client();
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await c.post('/api/auth/login', { email: `x${i}@example.org`, password: 'x' })).statusCode);
    expect(codes).toContain(429);
  });
});

describe('sessions', () => {
  it('ends after 30 idle minutes', async () => {
    const { client } = await t.signedIn(['lawyer']);
    t.clock.advance(IDLE_TIMEOUT_MS - 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(IDLE_TIMEOUT_MS - 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(IDLE_TIMEOUT_MS + 1);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('ends after 12 hours however active', async () => {
    const { client } = await t.signedIn(['lawyer']);
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000);
      if ((await client.get('/api/me')).statusCode !== 200) {
        expect(i).toBe(24); // 24 × 29 min = 11.6 h still fine; 12.08 h is not
        return;
      }
    }
    throw new Error('session outlived 12 hours');
  });

  it('signs out', async () => {
    const { client } = await t.signedIn(['manager']);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const { client } = await t.signedIn(['manager']);
    const res = await client.request({ method: 'PATCH', url: '/api/me', payload: { locale: 'en' }, csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('csrf');
  });

  it('remembers the language per user', async () => {
    const { client } = await t.signedIn(['researcher']);
    expect((await client.patch('/api/me', { locale: 'en' })).json().user.locale).toBe('en');
    expect((await client.get('/api/me')).json().user.locale).toBe('en');
    expect((await client.patch('/api/me', { locale: 'fr' })).statusCode).toBe(400);
  });

  it('lets a trainer in without a second factor', async () => {
    const { oneTimePassword, user } = await createUser(
      t.ctx,
      { label: 'system' },
      {
        email: 'trainer@example.org',
        name: 'Trainer',
        roles: ['trainer'],
        officeCode: 'siem_reap',
      },
    );
    const c = t.client();
    await c.post('/api/auth/login', { email: user.email, password: oneTimePassword });
    const changed = await c.post('/api/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: TEST_PASSWORD,
    });
    expect(changed.json()).toEqual({ stage: 'full' });
  });
});
