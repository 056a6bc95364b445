import type { Executor } from '../../db/client.ts';
import type { Cell } from './cells.ts';

export type Column = { required: boolean; read: Cell<unknown> };

/** A problem with one row: `line N: column: reason`. */
export type RowError = { line: number; column: string; reason: string };

export type ImportCounts = { created: number; updated: number; unchanged: number };

/**
 * One kind of CSV import (`komar import <kind>`). The machinery
 * (csv-import.ts) reads and checks cells, stages valid rows in the temporary
 * table `import_rows (line int, ref text, data jsonb)` inside the import's
 * transaction, and finds refs repeated in the file; a kind adds its own
 * cross-row checks and writes the staged rows. Kinds live in their modules.
 */
export type ImportKind = {
  name: string;
  /** Header names (lower case) → whether required and how to read the cell. `ref` or `<x>_ref` names the row. */
  columns: Record<string, Column>;
  /** The column that identifies a row: the upsert key, so a value repeated in the file is an error. */
  refColumn?: string;
  /** Whole-row checks on a parsed row (e.g. a date before another). */
  checkRow?(row: Record<string, unknown>): { column: string; reason: string }[];
  /** Checks against the database and the whole file, on the staged rows. */
  checkStaged?(tx: Executor): Promise<RowError[]>;
  /** Writes the staged rows (upsert by ref); changes nothing for a row already up to date. */
  apply(tx: Executor): Promise<ImportCounts>;
};
