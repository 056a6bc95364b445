import { ENCRYPTED_COLUMNS } from '../server/db/encrypted-columns.ts';
import { sealAudit } from '../server/platform/audit/audit.sealer.ts';
import { recordAudit } from '../server/platform/audit/audit.service.ts';
import { verifyAuditChain } from '../server/platform/audit/audit.verify.ts';
import { rotateKeys } from '../server/platform/crypto/rotate.ts';
import { serve } from '../server/serve.ts';
import { configOrFail, fail, say, withRuntime } from './run.ts';

export async function serveCommand(): Promise<void> {
  const config = configOrFail();
  if (!config) return;
  await serve(config).catch((err) => {
    fail(err);
    process.exit(1);
  });
}

export const migrateCommand = () =>
  withRuntime(async () => {
    say('database is up to date');
  });

export const auditVerifyCommand = () =>
  withRuntime(async (rt) => {
    await sealAudit(rt.database.db);
    const report = await verifyAuditChain(rt.database.db);
    if (report.ok) {
      say(`audit chain verifies: ${report.checked} entries checked`);
      return;
    }
    const b = report.firstBroken;
    say(
      `komar: audit chain broken at entry ${b?.seq}${b?.id ? ` (row id ${b.id})` : ''}: ${b?.reason}; the ${report.checked} entries before it verify`,
    );
    process.exitCode = 1;
  });

export const keysRotateCommand = () =>
  withRuntime(async (rt) => {
    const result = await rotateKeys(rt.database.db, rt.ctx.cipher, ENCRYPTED_COLUMNS, say);
    await rt.database.db.transaction((tx) =>
      recordAudit(
        tx,
        { label: 'cli' },
        {
          action: 'keys.rotate',
          detail: { version: result.version, reencrypted: result.reencrypted },
        },
      ),
    );
    say(`key version ${result.version} is now current; ${result.reencrypted} values re-encrypted`);
  });
