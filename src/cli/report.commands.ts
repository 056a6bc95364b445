import type { Command } from 'commander';
import type { AnnualOptions } from './report.actions.ts';

/** `komar report …`: the organisation's published reports, computed from the database. */
export function registerReportCommands(program: Command): void {
  const report = program.command('report').description("the organisation's reports, computed from the database");

  report
    .command('annual')
    .description(
      'the annual report of a calendar year (data-exchange contract): JSON or CSV on stdout, or a file with --out',
    )
    .requiredOption('--year <YYYY>', 'the calendar year, e.g. 2015')
    .option('--format <format>', 'json | csv | xlsx | pdf', 'json')
    .option('--out <file>', 'write to this file instead of stdout (xlsx and pdf need it on a terminal)')
    .action(async (o: AnnualOptions) => (await import('./report.actions.ts')).annualReportCommand(o));
}
