import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';

/**
 * Signs a user in from inside the page (so the browser holds the session
 * cookie), doing the first-sign-in steps through the API: the one-time
 * password, a new password, and an authenticator whose codes we compute.
 * For tests whose subject is another page than sign-in itself.
 */
export async function firstSignInViaApi(page: Page, email: string, oneTimePassword: string, newPassword: string) {
  const call = (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const csrf = (await (await fetch('/api/auth/csrf')).json()).token;
        const res = await fetch(path, {
          method,
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, json: res.status === 204 ? null : await res.json() };
      },
      { method, path, body },
    );
  let { json } = await call('POST', '/api/auth/login', { email, password: oneTimePassword });
  if (json.stage === 'password_change') {
    ({ json } = await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword }));
  }
  if (json.stage === 'enrol') {
    const setup = await call('POST', '/api/auth/totp/setup', {});
    ({ json } = await call('POST', '/api/auth/totp/confirm', { code: authenticator.generate(setup.json.secret) }));
  }
  if (json.stage !== 'full') throw new Error(`sign-in stopped at ${JSON.stringify(json)}`);
  return { call };
}
