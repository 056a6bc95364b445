import type { Command } from 'commander';
import type { ResearchOptions } from './research.actions.ts';

/** `komar research offenders` (data-exchange contract; docs/research.md). */
export function registerResearchCommands(program: Command): void {
  program
    .command('research')
    .description('pseudonymised research statistics')
    .command('offenders')
    .description(
      'offenders by gender, nationality and role, with significance tests; JSON on stdout unless --out is given',
    )
    .option('--format <format>', 'json | csv | xlsx', 'json')
    .option('--public', 'suppress every count below 5 (null with "suppressed": true), for sharing outside')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--period <arrest|opened>', 'what --from/--to apply to: the arrest (default) or the investigation opened')
    .option('--from <year>', 'first year of the period')
    .option('--to <year>', 'last year of the period')
    .option('--office <code>', 'only investigations of this office')
    .option('--exploitation-type <code>', 'only investigations of this exploitation type')
    .action(async (o: ResearchOptions) => (await import('./research.actions.ts')).researchOffenders(o));
}
