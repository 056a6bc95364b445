import type { SchemaVersion, SequenceState, TableShape } from './catalog.ts';

/**
 * The payload, before compression and encryption, is JSON lines:
 *
 *   {"kind":"komar-backup", ...Manifest}        first line
 *   {"table":"<name>"}                           then for each table, in name order:
 *   ["<text of column 1>", null, ...]            its rows, one line each
 *   {"end":"<name>","rows":N,"sha256":"…"}       its row count and the digest of its lines
 *   {"done":true,"tables":T,"rows":R}            last line
 *
 * A reader refuses any other line, so a later format can add sections (an
 * `uploads` section of files, when Komar stores any) under a new format number.
 */
export type Manifest = {
  kind: 'komar-backup';
  /** The payload layout; the container has its own version in the header. */
  payload: 1;
  createdAt: string;
  /** The engine that was backed up: a backup restores into either. */
  engine: 'pglite' | 'postgres';
  schema: SchemaVersion;
  tables: TableShape[];
  sequences: SequenceState[];
  /**
   * The audit chain as the snapshot held it, verified at backup time: the
   * head (seq, hash) anchors the chain outside the database, so a restore
   * proves the restored log is the one that was backed up.
   */
  audit: { headSeq: number; headHash: string | null; verified: boolean; unsealed: number; broken?: string };
};

export type TableEnd = { end: string; rows: number; sha256: string };
export type Done = { done: true; tables: number; rows: number };

export type BackupSummary = {
  tables: number;
  rows: number;
  bytes: number;
  audit: Manifest['audit'];
  perTable: Record<string, { rows: number; sha256: string }>;
};
