import { authenticator } from 'otplib';

export type ApiAnswer = { status: number; json: unknown };

/**
 * A staff member's HTTP client outside any browser: keeps the cookies the
 * server sets (session and CSRF secret) and sends the CSRF token on writes,
 * as the web app does. For scripts that need a signed-in session against a
 * real `komar serve` (the sqlmap run).
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  /** The Cookie header a tool outside this client (sqlmap) must send to act as this user. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async refreshCsrf(): Promise<string> {
    this.csrfToken = (await this.expect<{ token: string }>(200, 'GET', '/api/auth/csrf')).token;
    return this.csrfToken;
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        cookie: this.cookieHeader(),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  }

  /** Must answer `status`; otherwise throws with the answer (never with personal data: test data is synthetic). */
  async expect<T>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.call(method, path, body);
    if (answer.status !== status) {
      throw new Error(`${method} ${path} answered ${answer.status} ${JSON.stringify(answer.json)}, not ${status}`);
    }
    return answer.json as T;
  }

  /**
   * The first sign-in of an account created with a one-time password: sign in,
   * choose a password, enrol an authenticator whose codes we compute.
   */
  async firstSignIn(email: string, oneTimePassword: string, newPassword: string): Promise<void> {
    await this.refreshCsrf();
    type Stage = { stage: string };
    let json = await this.expect<Stage>(200, 'POST', '/api/auth/login', { email, password: oneTimePassword });
    if (json.stage === 'password_change') {
      json = await this.expect<Stage>(200, 'POST', '/api/auth/password', {
        currentPassword: oneTimePassword,
        newPassword,
      });
    }
    if (json.stage === 'enrol') {
      const setup = await this.expect<{ secret: string }>(200, 'POST', '/api/auth/totp/setup', {});
      const code = authenticator.generate(setup.secret);
      json = await this.expect<Stage>(200, 'POST', '/api/auth/totp/confirm', { code });
    }
    if (json.stage !== 'full') throw new Error(`sign-in stopped at stage ${JSON.stringify(json.stage)}`);
    await this.refreshCsrf();
  }
}
