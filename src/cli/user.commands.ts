import type { Command } from 'commander';
import type { CreateOptions } from './user.actions.ts';

const actions = () => import('./user.actions.ts');

/** `komar user …`: account administration from the shell, through the same services as the web app. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage staff accounts');

  user
    .command('create')
    .description('create an account and print its one-time password on stdout')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .requiredOption(
      '--roles <roles>',
      'comma-separated: admin,manager,hotline,investigator,social_worker,lawyer,trainer,researcher',
    )
    .requiredOption('--office <code>', 'office code: phnom_penh, sihanoukville, siem_reap (battambang is closed)')
    .option('--locale <km|en>', 'language of the web app', 'km')
    .action(async (o: CreateOptions) => (await actions()).create(o));

  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => (await actions()).list(o));

  user
    .command('deactivate <email>')
    .description('deactivate an account and end its sessions')
    .action(async (email: string) => (await actions()).deactivate(email));

  user
    .command('reset-2fa <email>')
    .description("remove an account's authenticator; it enrols a new one at next sign-in")
    .action(async (email: string) => (await actions()).resetTwoFactor(email));

  user
    .command('reset-password <email>')
    .description('replace a forgotten password with a one-time password (printed on stdout) and unlock the account')
    .action(async (email: string) => (await actions()).resetOwnPassword(email));
}
