import type { Manifest } from './backup-manifest.ts';
import { readBackup } from './backup-reader.ts';

export type BackupReport = {
  createdAt: string;
  engine: Manifest['engine'];
  schema: Manifest['schema'];
  audit: Manifest['audit'];
  tables: number;
  rows: number;
};

/**
 * Reads a whole backup without a database: it decrypts with this master key,
 * nothing is missing, altered or reordered, and every table matches its
 * recorded count and digest. What an operator runs on a copy kept off site.
 */
export async function verifyBackup(file: string, masterKey: Buffer): Promise<BackupReport> {
  let manifest: Manifest | undefined;
  let rows = 0;
  let tables = 0;
  await readBackup(file, masterKey, {
    manifest: async (m) => {
      manifest = m;
    },
    table: async () => {},
    rows: async () => {},
    tableEnd: async (_t, end) => {
      tables += 1;
      rows += end.rows;
    },
    done: async () => {},
  });
  const m = manifest as Manifest;
  return { createdAt: m.createdAt, engine: m.engine, schema: m.schema, audit: m.audit, tables, rows };
}
