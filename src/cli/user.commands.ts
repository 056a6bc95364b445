import type { Command } from 'commander';
import { z } from 'zod';
import * as s from '../shared/schemas.ts';
import {
  createUser,
  findUserIdByEmail,
  listUsers,
  resetPassword,
  resetSecondFactor,
  updateUser,
} from '../server/modules/accounts/users.service.ts';
import type { Runtime } from '../server/runtime.ts';
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

/** `komar user …`: account administration from the shell, through the same services as the web app. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage staff accounts');

  user
    .command('create')
    .description('create an account and print its one-time password')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--roles <roles>', 'comma-separated: admin,manager,hotline,investigator,social_worker,lawyer,trainer,researcher')
    .requiredOption('--office <code>', 'office code, e.g. phnom_penh')
    .option('--locale <km|en>', 'language of the web app', 'km')
    .action((o: { email: string; name: string; roles: string; office: string; locale: string }) =>
      withRuntime(async (rt) => {
        const input = createArgs.parse({
          email: o.email,
          name: o.name,
          roles: o.roles.split(',').map((r) => r.trim()).filter(Boolean),
          officeCode: o.office,
          locale: o.locale,
        });
        const { user: created, oneTimePassword } = await createUser(rt.ctx, CLI, input);
        say(`created ${created.email} (${created.roles.join(', ')}, ${created.officeCode})`);
        say('one-time password (shown once; the user must change it at first sign-in):');
        process.stdout.write(`${oneTimePassword}\n`);
      }),
    );

  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      withRuntime(async (rt) => {
        const all = await listUsers(rt.ctx);
        if (o.json) {
          process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
          return;
        }
        for (const u of all) {
          const flags = [u.active ? 'active' : 'inactive', u.totpEnabled ? '2fa' : 'no-2fa', u.locked ? 'locked' : ''];
          process.stdout.write(`${u.email}\t${u.name}\t${u.roles.join(',')}\t${u.officeCode}\t${flags.filter(Boolean).join(' ')}\n`);
        }
      }),
    );

  user
    .command('deactivate <email>')
    .description('deactivate an account and end its sessions')
    .action((email: string) =>
      withRuntime(async (rt) => {
        await updateUser(rt.ctx, CLI, await userIdByEmail(rt, email), { active: false });
        say(`deactivated ${email}`);
      }),
    );

  user
    .command('reset-2fa <email>')
    .description("remove an account's authenticator; it enrols a new one at next sign-in")
    .action((email: string) =>
      withRuntime(async (rt) => {
        await resetSecondFactor(rt.ctx, CLI, await userIdByEmail(rt, email));
        say(`second factor reset for ${email}`);
      }),
    );

  user
    .command('reset-password <email>')
    .description('replace a forgotten password with a one-time password and unlock the account')
    .action((email: string) =>
      withRuntime(async (rt) => {
        const password = await resetPassword(rt.ctx, CLI, await userIdByEmail(rt, email));
        say(`password reset for ${email}; one-time password (shown once):`);
        process.stdout.write(`${password}\n`);
      }),
    );
}
