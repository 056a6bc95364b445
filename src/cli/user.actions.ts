import { z } from 'zod';
import {
  createUser,
  findUserIdByEmail,
  listUsers,
  resetPassword,
  resetSecondFactor,
  updateUser,
} from '../server/modules/accounts/users.service.ts';
import type { Runtime } from '../server/runtime.ts';
import * as s from '../shared/schemas.ts';
import { say, withRuntime } from './run.ts';

const CLI = { label: 'cli' } as const;

const createArgs = z.strictObject({
  email: s.email,
  name: s.personName,
  roles: s.roles,
  officeCode: s.officeCode,
  locale: s.locale.optional(),
});

async function userIdByEmail(rt: Runtime, email: string): Promise<string> {
  const id = await findUserIdByEmail(rt.ctx.db, email);
  if (!id) throw new Error(`no user with the email ${email}`);
  return id;
}

export type CreateOptions = { email: string; name: string; roles: string; office: string; locale: string };

export const create = (o: CreateOptions) =>
  withRuntime(async (rt) => {
    const input = createArgs.parse({
      email: o.email,
      name: o.name,
      roles: o.roles
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      officeCode: o.office,
      locale: o.locale,
    });
    const { user, oneTimePassword } = await createUser(rt.ctx, CLI, input);
    say(`created ${user.email} (${user.roles.join(', ')}, ${user.officeCode})`);
    say('one-time password (shown once; the user must change it at first sign-in):');
    process.stdout.write(`${oneTimePassword}\n`);
  });

export const list = (o: { json?: boolean }) =>
  withRuntime(async (rt) => {
    const all = await listUsers(rt.ctx);
    if (o.json) {
      process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      return;
    }
    for (const u of all) {
      const flags = [u.active ? 'active' : 'inactive', u.totpEnabled ? '2fa' : 'no-2fa', u.locked ? 'locked' : ''];
      process.stdout.write(
        `${u.email}\t${u.name}\t${u.roles.join(',')}\t${u.officeCode}\t${flags.filter(Boolean).join(' ')}\n`,
      );
    }
  });

export const deactivate = (email: string) =>
  withRuntime(async (rt) => {
    await updateUser(rt.ctx, CLI, await userIdByEmail(rt, email), { active: false });
    say(`deactivated ${email}`);
  });

export const resetTwoFactor = (email: string) =>
  withRuntime(async (rt) => {
    await resetSecondFactor(rt.ctx, CLI, await userIdByEmail(rt, email));
    say(`second factor reset for ${email}`);
  });

export const resetOwnPassword = (email: string) =>
  withRuntime(async (rt) => {
    const password = await resetPassword(rt.ctx, CLI, await userIdByEmail(rt, email));
    say(`password reset for ${email}; one-time password (shown once):`);
    process.stdout.write(`${password}\n`);
  });
