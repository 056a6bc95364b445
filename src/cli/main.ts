import { Command } from 'commander';
import { ENCRYPTED_COLUMNS } from '../server/db/encrypted-columns.ts';
import { verifyAuditChain } from '../server/platform/audit/audit.verify.ts';
import { sealAudit } from '../server/platform/audit/audit.sealer.ts';
import { recordAudit } from '../server/platform/audit/audit.service.ts';
import { rotateKeys } from '../server/platform/crypto/rotate.ts';
import { serve } from '../server/serve.ts';
import { configOrFail, fail, say, withRuntime } from './run.ts';
import { registerUserCommands } from './user.commands.ts';

const program = new Command('komar')
  .description('Komar: case management for child protection. Environment: KOMAR_DATA_DIR, DATABASE_URL, KOMAR_KEY_FILE, PORT.')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

program
  .command('serve')
  .description('run the web application and API (migrates the database first)')
  .action(async () => {
    const config = configOrFail();
    if (!config) return;
    await serve(config).catch((err) => {
      fail(err);
      process.exit(1);
    });
  });

program
  .command('migrate')
  .description('create or update the database schema, then exit')
  .action(() =>
    withRuntime(async () => {
      say('database is up to date');
    }),
  );

registerUserCommands(program);

program
  .command('audit')
  .description('the tamper-evident audit log')
  .command('verify')
  .description('check the hash chain; exits 1 and names the first broken row if anything was changed or removed')
  .action(() =>
    withRuntime(async (rt) => {
      await sealAudit(rt.database.db);
      const report = await verifyAuditChain(rt.database.db);
      if (report.ok) {
        say(`audit chain verifies: ${report.checked} entries checked`);
        return;
      }
      const b = report.firstBroken;
      say(`komar: audit chain broken at entry ${b?.seq}${b?.id ? ` (row id ${b.id})` : ''}: ${b?.reason}; ${report.checked} entries before it verify`);
      process.exitCode = 1;
    }),
  );

program
  .command('keys')
  .description('field-encryption keys')
  .command('rotate')
  .description('make a new data key current and re-encrypt stored fields with it (the app can keep running)')
  .action(() =>
    withRuntime(async (rt) => {
      const result = await rotateKeys(rt.database.db, rt.ctx.cipher, ENCRYPTED_COLUMNS, say);
      await rt.database.db.transaction((tx) =>
        recordAudit(tx, { label: 'cli' }, { action: 'keys.rotate', detail: { version: result.version, reencrypted: result.reencrypted } }),
      );
      say(`key version ${result.version} is now current; ${result.reencrypted} values re-encrypted`);
    }),
  );

await program.parseAsync(process.argv);
