import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import type { Server } from './harness.ts';

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

export type ApiCall = Awaited<ReturnType<typeof firstSignInViaApi>>['call'];

let staffCount = 0;

/**
 * The first administrator, signed in through the API in a page of its own:
 * what a test needs to create the staff it works with.
 */
export async function adminSession(browser: Browser, server: Server): Promise<ApiCall> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/sign-in`);
  const { call } = await firstSignInViaApi(
    page,
    server.firstAdmin.email,
    server.firstAdmin.password,
    'tonle sap morning boat 9',
  );
  return call;
}

/**
 * A new staff member created by the administrator and signed in, in a browser
 * context of their own (their language, a desktop viewport). Names are synthetic.
 */
export async function staffSession(
  browser: Browser,
  server: Server,
  admin: ApiCall,
  user: { name: string; roles: string[]; officeCode: string; locale?: 'en' | 'km' },
): Promise<{ page: Page; call: ApiCall }> {
  staffCount += 1;
  const email = `staff${staffCount}.${user.roles.join('-')}@example.org`;
  const locale = user.locale ?? 'en';
  const created = await admin('POST', '/api/users', {
    email,
    name: user.name,
    roles: user.roles,
    officeCode: user.officeCode,
    locale,
  });
  if (created.status !== 201)
    throw new Error(`creating a user answered ${created.status} ${JSON.stringify(created.json)}`);
  const context = await browser.newContext({
    locale: locale === 'km' ? 'km-KH' : 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  const { call } = await firstSignInViaApi(
    page,
    email,
    created.json.oneTimePassword,
    `river lotus dawn ${staffCount} 7`,
  );
  return { page, call };
}
