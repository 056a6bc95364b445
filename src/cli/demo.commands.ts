import { type Command, Option } from 'commander';

/** `komar demo seed` (issue 7, decision 019): synthetic data across every module, for trying Komar or benchmarking it. */
export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('synthetic demonstration data (never real people)');

  demo
    .command('seed')
    .description(
      'fill an EMPTY database with synthetic records across every module, 2019 to today, and one demo account ' +
        'per role (one-time passwords shown once); refuses a database that already holds records',
    )
    .addOption(
      new Option('--scale <scale>', 'small: for trying Komar (seconds); large: the benchmark scale (minutes)')
        .choices(['small', 'large'])
        .default('small'),
    )
    .action(async (o: { scale: 'small' | 'large' }) => (await import('./demo.actions.ts')).demoSeedCommand(o));
}
