import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, rowsOf } from '../server/db/client.ts';
import { migrateDatabase } from '../server/db/migrate.ts';
import { sealAudit } from '../server/platform/audit/audit.sealer.ts';
import { recordAudit } from '../server/platform/audit/audit.service.ts';
import { compareWithAnchor } from '../server/platform/backup/anchor-check.ts';
import { BackupError } from '../server/platform/backup/backup-cipher.ts';
import { checkBackupFile } from '../server/platform/backup/backup-reader.ts';
import { createBackup } from '../server/platform/backup/create-backup.ts';
import { restoreBackup } from '../server/platform/backup/restore-backup.ts';
import { type BackupReport, verifyBackup } from '../server/platform/backup/verify-backup.ts';
import { loadOrCreateMasterKey } from '../server/platform/crypto/key-file.ts';
import { configOrFail, fail, say, withRuntime } from './run.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** `komar backup create FILE`. */
export async function backupCreateCommand(file: string): Promise<void> {
  // Said at once, without opening the database (createBackup checks again).
  if (fs.existsSync(file)) return fail(`${file} already exists; choose a new file name`);
  await withRuntime(async (rt) => {
    const started = Date.now();
    // The runtime has just read (or created) the key file: this reads it again.
    const masterKey = loadOrCreateMasterKey(rt.config.keyFile, say);
    const summary = await createBackup(rt.database, masterKey, file);
    await rt.database.db.transaction((tx) =>
      recordAudit(
        tx,
        { label: 'cli' },
        {
          action: 'backup.create',
          detail: {
            tables: summary.tables,
            rows: summary.rows,
            bytes: summary.bytes,
            auditHeadSeq: summary.audit.headSeq,
          },
        },
      ),
    );
    say(
      `backup written: ${summary.rows} rows in ${summary.tables} tables, ${mib(summary.bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s; audit log anchored at entry ${summary.audit.headSeq}`,
    );
    if (!summary.audit.verified) {
      say(`komar: warning: the audit chain does not verify (${summary.audit.broken}); the backup holds it as it is`);
    }
    say(`keep ${file} apart from the key file ${rt.config.keyFile}: whoever has both can read everything`);
  });
}

/** The master key a backup needs, which must already exist: a restore never creates one. */
function existingMasterKey(keyFile: string): Buffer {
  if (!fs.existsSync(keyFile)) {
    throw new BackupError(
      `no key file at ${keyFile}: a backup opens only with the key file of the installation that made it (set KOMAR_KEY_FILE)`,
    );
  }
  return loadOrCreateMasterKey(keyFile, say);
}

/** `komar backup restore FILE`: into a new, empty database; nothing changes if anything is wrong. */
export async function backupRestoreCommand(file: string): Promise<void> {
  const config = configOrFail();
  if (!config) return;
  let database: Database | undefined;
  try {
    const masterKey = existingMasterKey(config.keyFile);
    // Wrong key or not a backup: said before the database is opened.
    checkBackupFile(file, masterKey);
    const started = Date.now();
    database = await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl, poolSize: 1 }
        : { kind: 'pglite', dataDir: config.dataDir },
    );
    await migrateDatabase(database);
    if (database.kind === 'postgres') await refuseOtherConnections(database);
    const summary = await restoreBackup(database, masterKey, file, say);
    say(
      `restored ${summary.rows} rows in ${summary.tables} tables from the backup of ${summary.createdAt} (${summary.engine}), ${((Date.now() - started) / 1000).toFixed(1)} s; every table matches the backup's digests and the audit chain verifies to entry ${summary.audit.headSeq}`,
    );
  } catch (err) {
    fail(err);
  } finally {
    await database?.close().catch(() => {});
  }
  if (process.exitCode) process.exit(process.exitCode);
}

/**
 * A Komar server still connected would keep the data keys of the database it
 * opened and write with them after the restore: refuse while anyone else is connected.
 */
async function refuseOtherConnections(database: Database): Promise<void> {
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`),
  );
  if (row && row.n > 0) {
    throw new BackupError(
      `${row.n} other connection(s) to this database are open: stop Komar (and anything else using the database) before restoring`,
    );
  }
}

/** `komar backup verify FILE [--against-database]`. */
export async function backupVerifyCommand(file: string, o: { againstDatabase?: boolean } = {}): Promise<void> {
  const config = configOrFail();
  if (!config) return;
  let report: BackupReport;
  try {
    report = await verifyBackup(file, existingMasterKey(config.keyFile));
  } catch (err) {
    fail(err);
    process.exit(1);
  }
  say(
    `backup verifies: ${report.rows} rows in ${report.tables} tables, made ${report.createdAt} on ${report.engine}, database migration ${report.schema.migrations}, audit log anchored at entry ${report.audit.headSeq}${report.audit.verified ? '' : ` (its chain did not verify when backed up: ${report.audit.broken})`}`,
  );
  if (!o.againstDatabase) return;
  await withRuntime(async (rt) => {
    await sealAudit(rt.database.db);
    const problem = await compareWithAnchor(rt.database.db, report.audit);
    if (problem) throw new BackupError(problem);
    say(`the live audit log verifies and still holds the backup's entry ${report.audit.headSeq} unchanged`);
  });
}
