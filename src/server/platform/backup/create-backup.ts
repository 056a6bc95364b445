import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import type { Database, Db, Executor } from '../../db/client.ts';
import { sealAudit } from '../audit/audit.sealer.ts';
import { auditHead } from '../audit/audit.table.ts';
import { verifyAuditChain } from '../audit/audit.verify.ts';
import { BackupError, EncryptStream } from './backup-cipher.ts';
import type { BackupSummary, Done, Manifest, TableEnd } from './backup-manifest.ts';
import { readSchemaVersion, readSequences, readTables, useCanonicalText } from './catalog.ts';
import { TableDigest, tableLines } from './table-rows.ts';

/** Lines are handed to gzip in pieces of about this size, not one by one. */
const PIECE = 64 * 1024;

/**
 * Writes an encrypted, compressed backup of the whole database to `file`,
 * read in one snapshot (REPEATABLE READ, read only: on PostgreSQL the app
 * keeps running and writing; what committed after the snapshot began is not
 * in the backup). The file appears only when complete: it is written under a
 * temporary name and renamed at the end. Refuses to overwrite a file.
 */
export async function createBackup(database: Database, masterKey: Buffer, file: string): Promise<BackupSummary> {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose a new file name`);
  const partial = `${file}.partial`;
  // Chain what is committed, so the anchor covers as much of the log as possible.
  await sealAudit(database.db);
  try {
    const summary = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      await useCanonicalText(tx);
      const manifest = await readManifest(tx, database.kind);
      const encrypt = new EncryptStream(masterKey);
      const perTable: BackupSummary['perTable'] = {};
      let rows = 0;
      async function* payload(): AsyncGenerator<string> {
        yield `${JSON.stringify(manifest)}\n`;
        let piece: string[] = [];
        let pieceLength = 0;
        for (const table of manifest.tables) {
          piece.push(`${JSON.stringify({ table: table.name })}\n`);
          const digest = new TableDigest();
          for await (const line of tableLines(tx, table)) {
            digest.add(line);
            piece.push(line, '\n');
            pieceLength += line.length + 1;
            if (pieceLength >= PIECE) {
              yield piece.join('');
              piece = [];
              pieceLength = 0;
            }
          }
          const end: TableEnd = { end: table.name, rows: digest.rows, sha256: digest.hex() };
          perTable[table.name] = { rows: end.rows, sha256: end.sha256 };
          rows += end.rows;
          piece.push(`${JSON.stringify(end)}\n`);
        }
        const done: Done = { done: true, tables: manifest.tables.length, rows };
        piece.push(`${JSON.stringify(done)}\n`);
        yield piece.join('');
      }
      await pipeline(
        payload,
        createGzip({ level: 6 }),
        encrypt,
        fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      );
      return { tables: manifest.tables.length, rows, bytes: encrypt.written, audit: manifest.audit, perTable };
    });
    fs.renameSync(partial, file);
    return summary;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BackupError(`${partial} exists: another backup to this file is running, or it is left over; remove it`);
    }
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

async function readManifest(tx: Executor, engine: Manifest['engine']): Promise<Manifest> {
  const tables = await readTables(tx);
  const schema = await readSchemaVersion(tx);
  const sequences = await readSequences(tx);
  // The verifier only reads; inside the snapshot's transaction it sees the snapshot.
  const chain = await verifyAuditChain(tx as unknown as Db);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  const b = chain.firstBroken;
  return {
    kind: 'komar-backup',
    payload: 1,
    createdAt: new Date().toISOString(),
    engine,
    schema,
    tables,
    sequences,
    audit: {
      headSeq: head?.seq ?? 0,
      headHash: head?.hash ?? null,
      verified: chain.ok,
      unsealed: chain.unsealed,
      ...(b ? { broken: `entry ${b.seq}: ${b.reason}` } : {}),
    },
  };
}
