import { eq, sql } from 'drizzle-orm';
import type { Database, Db, Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import { sealAudit } from '../audit/audit.sealer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditHead } from '../audit/audit.table.ts';
import { verifyAuditChain } from '../audit/audit.verify.ts';
import { FieldCipher } from '../crypto/field-cipher.ts';
import { BackupError } from './backup-cipher.ts';
import type { Manifest, TableEnd } from './backup-manifest.ts';
import { checkBackupFile, readBackup } from './backup-reader.ts';
import {
  type ForeignKey,
  ident,
  readForeignKeys,
  readSchemaVersion,
  readTables,
  type TableShape,
  useCanonicalText,
} from './catalog.ts';
import { digestTable } from './table-rows.ts';

/**
 * Tables a new installation fills by itself (migrations' reference lists, the
 * seeded offices, the first data key): a target holding only these is still
 * "empty", and the restore replaces them with the backup's.
 */
export const SEEDED_TABLES: ReadonlySet<string> = new Set([
  'offices',
  'court_charges',
  'standards_items',
  'encryption_keys',
]);

export type RestoreSummary = {
  tables: number;
  rows: number;
  createdAt: string;
  engine: Manifest['engine'];
  audit: Manifest['audit'];
};

/**
 * Restores a backup into an empty database of the same schema version, in one
 * transaction: a wrong key, a damaged file, another schema or a database with
 * data is refused and leaves the target exactly as it was. Inside the
 * transaction: lock every table, drop the foreign keys, load each table's
 * rows, put the foreign keys back (which checks every reference), set the
 * sequences, then prove the result: every table's count and digest equal the
 * backup's, the audit chain verifies and ends at the backup's anchor, and the
 * data keys open with this master key. One audit entry records the restore,
 * chained after the restored log.
 */
export async function restoreBackup(
  database: Database,
  masterKey: Buffer,
  file: string,
  notify: (msg: string) => void = () => {},
): Promise<RestoreSummary> {
  // Wrong key or not a backup: said before the database is touched.
  checkBackupFile(file, masterKey);
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const summary = await database.db.transaction(async (tx) => {
    await useCanonicalText(tx);
    // A server still using the database would hold locks: fail clearly rather than wait.
    await tx.execute(sql.raw(`set local lock_timeout = '10s'`));
    const targetTables = new Map((await readTables(tx)).map((t) => [t.name, t]));
    let manifest: Manifest | undefined;
    let foreignKeys: ForeignKey[] = [];
    const ends: TableEnd[] = [];
    await readBackup(file, masterKey, {
      manifest: async (m) => {
        manifest = m;
        await checkSameSchema(tx, m, targetTables);
        await tx.execute(
          sql.raw(
            `lock table ${[...targetTables.keys()].map((t) => `public.${ident(t)}`).join(', ')} in access exclusive mode`,
          ),
        );
        await checkEmpty(tx, [...targetTables.keys()]);
        foreignKeys = await readForeignKeys(tx);
        for (const fk of foreignKeys) {
          await tx.execute(sql.raw(`alter table public.${ident(fk.table)} drop constraint ${ident(fk.name)}`));
        }
        const seeded = [...SEEDED_TABLES].filter((t) => targetTables.has(t));
        if (seeded.length)
          await tx.execute(sql.raw(`truncate table ${seeded.map((t) => `public.${ident(t)}`).join(', ')}`));
      },
      table: async () => {},
      rows: (table, lines) => insertRows(tx, table, lines),
      tableEnd: async (_table, end) => {
        ends.push(end);
      },
      done: async () => {},
    });
    if (!manifest) throw new BackupError('the backup has no manifest');
    notify(`rows loaded (${seconds()}); checking references`);
    for (const fk of foreignKeys) {
      await tx.execute(
        sql.raw(`alter table public.${ident(fk.table)} add constraint ${ident(fk.name)} ${fk.definition}`),
      );
    }
    for (const s of manifest.sequences) {
      await tx.execute(sql`select setval(${`public.${ident(s.name)}`}, ${s.lastValue}::bigint, ${s.isCalled})`);
    }
    notify(`references hold (${seconds()}); comparing every table with the backup's digests`);
    await checkRestored(tx, manifest, ends, masterKey, () =>
      notify(`tables match (${seconds()}); verifying the audit chain`),
    );
    const rows = ends.reduce((n, e) => n + e.rows, 0);
    await recordAudit(
      tx,
      { label: 'cli' },
      {
        action: 'backup.restore',
        detail: {
          backupCreatedAt: manifest.createdAt,
          engine: manifest.engine,
          tables: ends.length,
          rows,
          auditHeadSeq: manifest.audit.headSeq,
        },
      },
    );
    return { tables: ends.length, rows, createdAt: manifest.createdAt, engine: manifest.engine, audit: manifest.audit };
  });
  await sealAudit(database.db);
  return summary;
}

async function checkSameSchema(tx: Executor, m: Manifest, target: Map<string, TableShape>): Promise<void> {
  const mine = await readSchemaVersion(tx);
  if (mine.migrations !== m.schema.migrations || mine.latest !== m.schema.latest) {
    throw new BackupError(
      `this backup is of a database at migration ${m.schema.migrations} and this Komar's database is at migration ${mine.migrations}${mine.migrations === m.schema.migrations ? ' of another history' : ''}: restore it with the Komar version that made it (then upgrade)`,
    );
  }
  const names = (ts: Iterable<string>) => [...ts].sort().join(', ');
  if (names(m.tables.map((t) => t.name)) !== names(target.keys())) {
    throw new BackupError("the backup's tables are not this database's tables, although the migrations match");
  }
  for (const t of m.tables) {
    const columns = (c: TableShape['columns']) => JSON.stringify([...c].sort((a, b) => (a.name < b.name ? -1 : 1)));
    if (columns(t.columns) !== columns(target.get(t.name)?.columns ?? [])) {
      throw new BackupError(`the backup's table ${t.name} has other columns than this database's`);
    }
  }
}

/** Refuses a target with data: only what a new installation fills by itself may be there. */
async function checkEmpty(tx: Executor, tables: string[]): Promise<void> {
  const toCheck = tables.filter((t) => !SEEDED_TABLES.has(t));
  if (toCheck.length === 0) return;
  const query = toCheck
    .map((t) => `select ${sqlString(t)} as name where exists (select 1 from public.${ident(t)})`)
    .join(' union all ');
  const withData = rowsOf<{ name: string }>(await tx.execute(sql.raw(query))).map((r) => r.name);
  if (withData.length > 0) {
    throw new BackupError(
      `the target database is not empty (${withData.slice(0, 5).join(', ')}${withData.length > 5 ? ', …' : ''} have rows): restore into a new, empty database`,
    );
  }
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** One statement per batch: the JSON lines become a set of rows, each text value cast back to its column's type. */
async function insertRows(tx: Executor, table: TableShape, lines: string[]): Promise<void> {
  const columns = table.columns.map((c) => ident(c.name)).join(', ');
  const values = table.columns.map((c, i) => `(r->>${i})::${c.type}`).join(', ');
  const overriding = table.identity ? ' overriding system value' : '';
  await tx.execute(
    sql`${sql.raw(`insert into public.${ident(table.name)} (${columns})${overriding} select ${values} from json_array_elements(`)}${`[${lines.join(',')}]`}${sql.raw('::json) as r')}`,
  );
}

async function checkRestored(
  tx: Executor,
  m: Manifest,
  ends: TableEnd[],
  masterKey: Buffer,
  tablesChecked: () => void,
): Promise<void> {
  for (const table of m.tables) {
    const recorded = ends.find((e) => e.end === table.name);
    const restored = await digestTable(tx, table);
    if (!recorded || restored.rows !== recorded.rows || restored.sha256 !== recorded.sha256) {
      throw new BackupError(
        `table ${table.name} did not restore identically (${restored.rows} rows, the backup has ${recorded?.rows ?? 0})`,
      );
    }
  }
  tablesChecked();
  const chain = await verifyAuditChain(tx as unknown as Db);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  const b = chain.firstBroken;
  const broken = b ? `entry ${b.seq}: ${b.reason}` : undefined;
  const sameHead = (head?.seq ?? 0) === m.audit.headSeq && (head?.hash ?? null) === m.audit.headHash;
  if (!sameHead || chain.ok !== m.audit.verified || broken !== m.audit.broken) {
    throw new BackupError(
      `the restored audit log does not match the backup's anchor (entry ${m.audit.headSeq}): ${broken ?? 'its head differs'}`,
    );
  }
  try {
    await new FieldCipher(tx, masterKey).load();
  } catch {
    throw new BackupError("the backup's data keys do not open with this master key");
  }
}
