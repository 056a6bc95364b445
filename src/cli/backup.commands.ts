import type { Command } from 'commander';

/** `komar backup create|restore|verify`: encrypted, consistent backups of the database (docs/backup.md). */
export function registerBackupCommands(program: Command): void {
  const backup = program
    .command('backup')
    .description('encrypted backups of the whole database, opened only with the key file (docs/backup.md)');

  backup
    .command('create')
    .description('write a consistent, encrypted backup to FILE (on PostgreSQL the app can keep running)')
    .argument('<file>', 'a new file (never overwritten); keep it apart from the key file')
    .action(async (file: string) => (await import('./backup.actions.ts')).backupCreateCommand(file));

  backup
    .command('restore')
    .description(
      'restore FILE into a new, empty database (all or nothing; needs the key file of the installation that made it)',
    )
    .argument('<file>', 'a file made by `komar backup create`')
    .action(async (file: string) => (await import('./backup.actions.ts')).backupRestoreCommand(file));

  backup
    .command('verify')
    .description('check that FILE opens with the key file and is complete and unaltered, without a database')
    .argument('<file>', 'a file made by `komar backup create`')
    .option(
      '--against-database',
      "also check the live audit log still holds the backup's chain head unchanged (catches a rewritten log)",
    )
    .action(async (file: string, o: { againstDatabase?: boolean }) =>
      (await import('./backup.actions.ts')).backupVerifyCommand(file, o),
    );
}
