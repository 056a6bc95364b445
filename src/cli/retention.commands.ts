import type { Command } from 'commander';

/** `komar retention …`: the retention purge (decision 021), for cron or by hand. */
export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('retention rules: purge records past their period');

  retention
    .command('purge')
    .description(
      'run every enabled retention rule now (the server also runs them daily) and print counts per rule; ' +
        'rules are set by administrators on the Retention page',
    )
    .option('--dry-run', 'count what each enabled rule would purge, change nothing')
    .action(async (o: { dryRun?: boolean }) => (await import('./retention.actions.ts')).retentionPurgeCommand(o));
}
