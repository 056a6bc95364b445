import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../shared/roles.ts';
import { buildApp } from '../app.ts';
import type { Ctx } from '../context.ts';
import type { Database } from '../db/client.ts';
import { users } from '../modules/accounts/accounts.table.ts';
import { hashPassword } from '../modules/accounts/password.ts';
import { currentTotp, newTotpSecret } from '../modules/accounts/totp.ts';
import { createUser } from '../modules/accounts/users.service.ts';
import { FieldCipher } from '../platform/crypto/field-cipher.ts';
import { openTestDatabase } from './test-db.ts';

/** A settable clock: tests move time forward instead of waiting. */
export class TestClock {
  constructor(public current = new Date()) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestApp = {
  app: FastifyInstance;
  ctx: Ctx;
  database: Database;
  clock: TestClock;
  /** Everything the app logged, for redaction tests. */
  logs: string[];
  client(): TestClient;
  /** A user with a known password and an enrolled authenticator, signed in through the API. */
  signedIn(
    roles: Role[],
    officeCode?: string,
  ): Promise<{ client: TestClient; userId: string; email: string; totpSecret: string }>;
  close(): Promise<void>;
};

export const TEST_PASSWORD = 'correct horse battery staple 42';

/** Builds the real app on a fresh test database. */
export async function openTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = new TestClock();
  const cipher = new FieldCipher(database.db, randomBytes(32));
  await cipher.load();
  const ctx: Ctx = { db: database.db, cipher, now: clock.now, config: { secureCookies: false } };
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ ctx, database, cookieSecret: randomBytes(32), logLevel: 'info', logStream });
  await app.ready();
  const client = () => new TestClient(app);
  let counter = 0;
  return {
    app,
    ctx,
    database,
    clock,
    logs,
    client,
    async signedIn(roles, officeCode = 'phnom_penh') {
      counter += 1;
      const email = `user${counter}.${roles.join('-')}@example.org`;
      const { user } = await createUser(
        ctx,
        { label: 'system' },
        { email, name: `Test ${roles.join(' ')} ${counter}`, roles, officeCode },
      );
      const totpSecret = newTotpSecret();
      await database.db
        .update(users)
        .set({
          passwordHash: await hashPassword(TEST_PASSWORD),
          mustChangePassword: false,
          totpSecret: await cipher.encrypt(totpSecret, 'users.totp_secret'),
          totpEnabledAt: clock.now(),
        })
        .where(eq(users.id, user.id));
      const c = client();
      const login = await c.post('/api/auth/login', { email, password: TEST_PASSWORD });
      if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
      const mfa = await c.post('/api/auth/mfa', { code: currentTotp(totpSecret) });
      if (mfa.json().stage !== 'full') throw new Error(`mfa failed: ${mfa.body}`);
      return { client: c, userId: user.id, email, totpSecret };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Injects requests like a browser would: keeps cookies and sends the CSRF token on writes. */
export class TestClient {
  private static clients = 0;
  cookies = new Map<string, string>();
  csrf?: string;
  /** Each client has its own (injected, never routed) address, so per-client rate limits apply per test client. */
  readonly remoteAddress = `192.0.2.${(TestClient.clients++ % 250) + 1}`;
  constructor(private readonly app: FastifyInstance) {}

  async request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (opts.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    if (method !== 'GET' && opts.csrf !== false) {
      this.csrf ??= (await this.request({ method: 'GET', url: '/api/auth/csrf' })).json().token;
      headers['x-csrf-token'] ??= this.csrf as string;
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({ remoteAddress: this.remoteAddress, ...opts, headers });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, body: unknown = {}) {
    return this.request({ method: 'POST', url, payload: body as InjectOptions['payload'] });
  }
  patch(url: string, body: unknown) {
    return this.request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] });
  }
}
