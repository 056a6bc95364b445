import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let admin: TestClient;
let adminId: string;
beforeAll(async () => {
  t = await openTestApp();
  const a = await t.signedIn(['admin']);
  admin = a.client;
  adminId = a.userId;
});
afterAll(() => t.close());

const newUser = {
  email: 'New.Worker@Example.org',
  name: 'New Worker',
  roles: ['social_worker'],
  officeCode: 'siem_reap',
};

describe('user administration', () => {
  it('creates a user with a one-time password, audited without personal data', async () => {
    const res = await admin.post('/api/users', newUser);
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json();
    expect(user).toMatchObject({
      email: 'new.worker@example.org',
      roles: ['social_worker'],
      mustChangePassword: true,
      active: true,
    });
    expect(oneTimePassword).toHaveLength(20);
    const login = await t.client().post('/api/auth/login', { email: newUser.email, password: oneTimePassword });
    expect(login.json()).toEqual({ stage: 'password_change' });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.create'), eq(auditLog.recordId, user.id)));
    expect(entry).toMatchObject({ actorId: adminId, detail: { roles: ['social_worker'], officeCode: 'siem_reap' } });
    expect(JSON.stringify(entry)).not.toContain('worker@');
  });

  it('refuses a duplicate email, an unknown role, a closed office, unknown fields', async () => {
    const dup = await admin.post('/api/users', { ...newUser, email: 'new.worker@example.org' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ email: 'already in use' });
    const role = await admin.post('/api/users', { ...newUser, email: 'a@example.org', roles: ['superuser'] });
    expect(role.statusCode).toBe(400);
    expect(Object.keys(role.json().fields)).toEqual(['roles.0']);
    const closed = await admin.post('/api/users', { ...newUser, email: 'b@example.org', officeCode: 'battambang' });
    expect(closed.json()).toMatchObject({ error: 'validation', fields: { officeCode: 'this office is closed' } });
    const extra = await admin.post('/api/users', { ...newUser, email: 'c@example.org', isAdmin: true });
    expect(extra.json().fields).toEqual({ isAdmin: 'unknown field' });
    const list = (await admin.get('/api/users')).json().items.map((u: { email: string }) => u.email);
    expect(list).not.toContain('a@example.org');
    expect(list).not.toContain('b@example.org');
  });

  it('settles two simultaneous creations of one email as 201 and 409', async () => {
    const body = { ...newUser, email: 'twin@example.org' };
    const codes = (await Promise.all([admin.post('/api/users', body), admin.post('/api/users', body)])).map(
      (r) => r.statusCode,
    );
    expect(codes.sort()).toEqual([201, 409]);
  });

  it('edits and deactivates a user, ending their sessions', async () => {
    const worker = await t.signedIn(['hotline']);
    const edit = await admin.patch(`/api/users/${worker.userId}`, {
      roles: ['hotline', 'investigator'],
      officeCode: 'sihanoukville',
    });
    expect(edit.json().user).toMatchObject({ roles: ['hotline', 'investigator'], officeCode: 'sihanoukville' });
    expect((await worker.client.get('/api/me')).statusCode).toBe(401); // role change signs out
    const again = t.client();
    await again.post('/api/auth/login', { email: worker.email, password: TEST_PASSWORD });
    const off = await admin.patch(`/api/users/${worker.userId}`, { active: false });
    expect(off.json().user.active).toBe(false);
    expect((await again.get('/api/me')).statusCode).toBe(401);
    expect(
      (await t.client().post('/api/auth/login', { email: worker.email, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
  });

  it('resets the second factor so the user enrols again', async () => {
    const worker = await t.signedIn(['lawyer']);
    expect((await admin.post(`/api/users/${worker.userId}/reset-2fa`)).statusCode).toBe(204);
    expect((await worker.client.get('/api/me')).statusCode).toBe(401);
    const c = t.client();
    expect((await c.post('/api/auth/login', { email: worker.email, password: TEST_PASSWORD })).json()).toEqual({
      stage: 'enrol',
    });
  });

  it('resets a password to a new one-time password', async () => {
    const worker = await t.signedIn(['trainer']);
    const res = await admin.post(`/api/users/${worker.userId}/reset-password`);
    const c = t.client();
    expect(
      (await c.post('/api/auth/login', { email: worker.email, password: res.json().oneTimePassword })).json(),
    ).toEqual({ stage: 'mfa' });
  });

  it('keeps at least one active administrator', async () => {
    const res = await admin.patch(`/api/users/${adminId}`, { roles: ['manager'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.roles).toMatch(/administrator/);
    expect((await admin.patch(`/api/users/${adminId}`, { active: false })).json().fields.active).toMatch(
      /administrator/,
    );
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'X' })).statusCode).toBe(404);
    expect((await admin.patch('/api/users/not-a-uuid', { name: 'X' })).json().fields).toEqual({ id: 'not a user id' });
  });

  it('lets a manager read users but not change them; others neither', async () => {
    const manager = await t.signedIn(['manager']);
    expect((await manager.client.get('/api/users')).statusCode).toBe(200);
    expect((await manager.client.post('/api/users', { ...newUser, email: 'd@example.org' })).statusCode).toBe(403);
    const hotline = await t.signedIn(['hotline']);
    expect((await hotline.client.get('/api/users')).statusCode).toBe(403);
    expect((await t.client().get('/api/users')).statusCode).toBe(401);
  });
});
