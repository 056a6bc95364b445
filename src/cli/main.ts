import { Command } from 'commander';
import { registerBackupCommands } from './backup.commands.ts';
import { registerDemoCommands } from './demo.commands.ts';
import { registerReportCommands } from './report.commands.ts';
import { registerResearchCommands } from './research.commands.ts';
import { registerRetentionCommands } from './retention.commands.ts';
import { registerUserCommands } from './user.commands.ts';

/**
 * The `komar` command line. Command bodies are imported when they run, so
 * `--help` and argument errors answer at once without loading the server.
 */
const program = new Command('komar')
  .description(
    'Komar: case management for child protection. Environment: KOMAR_DATA_DIR, DATABASE_URL, KOMAR_KEY_FILE, PORT.',
  )
  // Commander's own errors (unknown command, missing option) become one line like ours.
  .configureOutput({
    outputError: (str, write) => write(`${str.trim().replace(/^error: /, 'komar: ')} (see --help)\n`),
  });

program
  .command('serve')
  .description('run the web application and API (migrates the database first)')
  .action(async () => (await import('./commands.ts')).serveCommand());

program
  .command('migrate')
  .description('create or update the database schema, then exit')
  .action(async () => (await import('./commands.ts')).migrateCommand());

registerUserCommands(program);

program
  .command('import')
  .description('import a CSV file of legacy records, all or nothing (investigations, offenders, victims)')
  .argument('<kind>', 'investigations | offenders | victims')
  .argument('<file>', 'a UTF-8 CSV file with a header row')
  .option('--dry-run', 'check the file and say what would change, without writing anything')
  .action(async (kind: string, file: string, o: { dryRun?: boolean }) =>
    (await import('./import.actions.ts')).importCommand(kind, file, o),
  );

registerResearchCommands(program);

registerReportCommands(program);

program
  .command('audit')
  .description('the tamper-evident audit log')
  .command('verify')
  .description('check the hash chain; exits 1 and names the first broken row if anything was changed or removed')
  .action(async () => (await import('./commands.ts')).auditVerifyCommand());

program
  .command('keys')
  .description('field-encryption keys')
  .command('rotate')
  .description('make a new data key current and re-encrypt stored fields with it (the app can keep running)')
  .action(async () => (await import('./commands.ts')).keysRotateCommand());

registerBackupCommands(program);

registerRetentionCommands(program);

registerDemoCommands(program);

await program.parseAsync(process.argv);
