import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { BackupError, checkKey, DecryptStream, decodeHeader, HEADER_LENGTH } from './backup-cipher.ts';
import type { Done, Manifest, TableEnd } from './backup-manifest.ts';
import type { TableShape } from './catalog.ts';
import { TableDigest } from './table-rows.ts';

/** What a reader of a backup is told, in file order. Rows come as their JSON lines, in batches. */
export type BackupHandler = {
  manifest(m: Manifest): Promise<void>;
  table(t: TableShape): Promise<void>;
  rows(t: TableShape, lines: string[]): Promise<void>;
  tableEnd(t: TableShape, end: TableEnd): Promise<void>;
  done(d: Done): Promise<void>;
};

/** Rows handed over at once, and the most text in one batch (large encrypted notes make long lines). */
const BATCH_ROWS = 1_000;
const BATCH_CHARS = 2 * 1024 * 1024;

/**
 * Checks, before a database is touched, that `file` is a Komar backup this
 * master key opens. Throws BackupError with the reason.
 */
export function checkBackupFile(file: string, masterKey: Buffer): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw new BackupError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const bytes = Buffer.alloc(HEADER_LENGTH);
    const read = fs.readSync(fd, bytes, 0, HEADER_LENGTH, 0);
    checkKey(decodeHeader(bytes.subarray(0, read)), masterKey);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Decrypts, decompresses and walks a backup, checking as it goes that the
 * lines come in the documented order, that each table's rows match the count
 * and digest recorded after them, and that the file ends where it says.
 * Any failure throws (BackupError for a bad file) and stops the walk.
 */
export async function readBackup(file: string, masterKey: Buffer, handler: BackupHandler): Promise<void> {
  checkBackupFile(file, masterKey);
  const walker = new PayloadWalker(handler);
  // The handler's own error, kept: when the last stage of a pipeline throws, the pipeline may reject with an AbortError instead.
  let handlerError: unknown;
  try {
    await pipeline(fs.createReadStream(file), new DecryptStream(masterKey), createGunzip(), async (source) => {
      try {
        // A chunk may end inside a Khmer character: the decoder keeps its first bytes for the next chunk.
        const decoder = new StringDecoder('utf8');
        let rest = '';
        for await (const chunk of source as AsyncIterable<Buffer>) {
          const lines = (rest + decoder.write(chunk)).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) await walker.line(line);
        }
        rest += decoder.end();
        if (rest !== '') throw new BackupError('the backup ends in the middle of a line');
        await walker.finish();
      } catch (err) {
        handlerError = err;
        throw err;
      }
    });
  } catch (err) {
    if (handlerError) throw handlerError;
    // zlib errors after a successful decryption mean a file sealed with this key but not written by Komar.
    if ((err as { code?: string }).code?.startsWith('Z_')) {
      throw new BackupError('the backup decrypts but its content is not a Komar backup payload');
    }
    throw err;
  }
}

class PayloadWalker {
  private manifest: Manifest | undefined;
  private tables: TableShape[] = [];
  private current: TableShape | undefined;
  private digest = new TableDigest();
  private batch: string[] = [];
  private batchChars = 0;
  private totalRows = 0;
  private finished = false;

  constructor(private readonly handler: BackupHandler) {}

  async line(text: string): Promise<void> {
    if (this.finished) throw new BackupError('the backup has content after its end');
    if (!this.manifest) {
      const m = parse(text) as Manifest;
      if (m?.kind !== 'komar-backup' || m.payload !== 1 || !Array.isArray(m.tables)) {
        throw new BackupError('the backup decrypts but does not start with a Komar backup manifest');
      }
      this.manifest = m;
      this.tables = [...m.tables];
      return this.handler.manifest(m);
    }
    if (this.current && text.startsWith('[')) {
      this.digest.add(text);
      this.batch.push(text);
      this.batchChars += text.length;
      if (this.batch.length >= BATCH_ROWS || this.batchChars >= BATCH_CHARS) await this.flush();
      return;
    }
    const record = parse(text) as Partial<TableEnd & Done & { table: string }>;
    if (!this.current && typeof record.table === 'string') {
      const next = this.tables.shift();
      if (next?.name !== record.table) throw new BackupError(`the backup's table ${record.table} is out of order`);
      this.current = next;
      this.digest = new TableDigest();
      return this.handler.table(next);
    }
    if (this.current && record.end === this.current.name) {
      await this.flush();
      const rows = this.digest.rows;
      const sha256 = this.digest.hex();
      if (record.rows !== rows || record.sha256 !== sha256) {
        throw new BackupError(`the backup's table ${this.current.name} does not match its recorded count and digest`);
      }
      this.totalRows += rows;
      const table = this.current;
      this.current = undefined;
      return this.handler.tableEnd(table, { end: table.name, rows, sha256 });
    }
    if (!this.current && record.done === true) {
      if (this.tables.length > 0) throw new BackupError(`the backup ends before table ${this.tables[0]?.name}`);
      if (record.rows !== this.totalRows || record.tables !== this.manifest.tables.length) {
        throw new BackupError('the backup does not hold the number of rows its end records');
      }
      this.finished = true;
      return this.handler.done(record as Done);
    }
    throw new BackupError('the backup has a line this Komar does not understand (made by a newer version?)');
  }

  private async flush() {
    if (!this.current || this.batch.length === 0) return;
    const lines = this.batch;
    this.batch = [];
    this.batchChars = 0;
    await this.handler.rows(this.current, lines);
  }

  async finish() {
    if (!this.finished) throw new BackupError('the backup ends before its last line');
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError('the backup has a line that is not JSON');
  }
}
