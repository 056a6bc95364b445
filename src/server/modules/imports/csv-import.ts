import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, type Options, parse } from 'csv-parse';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { type Executor, rowsOf } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { ImportCounts, ImportKind, RowError } from './import-kind.ts';

export type ImportOptions = {
  dryRun?: boolean;
  /** Called every PROGRESS_EVERY rows and at the end, with the rows read so far. */
  onProgress?: (rows: number) => void;
  /** Added to the audit entry, e.g. the operating-system user who ran the command line. */
  auditDetail?: Record<string, unknown>;
};

export type ImportResult = {
  kind: string;
  sha256: string;
  rows: number;
  /** Every bad row, in line order; empty when the file is valid. */
  errors: RowError[];
  /** What was (or, in a dry run, would be) written; null when the file has errors. */
  counts: ImportCounts | null;
  written: boolean;
};

const BATCH = 1_000;

/** csv-parse's own messages quote the cell; ours do not (it may hold a name). */
const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted cell must be doubled ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing quote of a cell',
};
export const PROGRESS_EVERY = 10_000;

/** A parsed row and the line it starts on. */
type Numbered = { line: number; record: string[] };

/** Thrown inside the transaction to undo it: a dry run, or a file with errors. */
class Undo extends Error {}

/**
 * Imports one CSV file of one kind, all or nothing (data-exchange contract):
 * the file streams through csv-parse into a temporary table inside one
 * transaction, so memory stays flat however long the file; every bad row is
 * reported with its line number; nothing is written unless every row is good;
 * the import is one audit entry with the file's SHA-256.
 */
export async function runImport(
  ctx: Ctx,
  actor: Actor,
  kind: ImportKind,
  input: Readable,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // Lines are counted here, as csv-parse parses (so a syntax error knows where its row began), and
  // not by csv-parse itself, which counts a CRLF inside a quoted cell as two lines.
  const position = { nextLine: 1 };
  const options: Options<Numbered, string[]> = {
    bom: true,
    relax_column_count: true,
    on_record: (record) => {
      const line = position.nextLine;
      position.nextLine += 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      return { line, record };
    },
  };
  const parser = parse(options as unknown as Options); // csv-parse types on_record only with `columns`
  const feeding = pipeline(input, hashing, parser).catch(() => {}); // errors surface from the parser below

  const result: ImportResult = { kind: kind.name, sha256: '', rows: 0, errors: [], counts: null, written: false };
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.execute(
        sql`create temp table import_rows (line int primary key, ref text, data jsonb not null) on commit drop`,
      );
      const staged = await stageRows(tx, kind, parser, position, result, opts);
      await feeding;
      result.sha256 = hash.digest('hex');
      result.errors = staged.errors;
      if (staged.readable) {
        // Rows with bad cells were not staged; the rest are still checked, so one run lists every bad row.
        result.errors.push(...(await repeatedRefs(tx, kind)), ...((await kind.checkStaged?.(tx)) ?? []));
        result.errors.sort((a, b) => a.line - b.line);
      }
      if (result.errors.length > 0) throw new Undo();
      result.counts = await kind.apply(tx);
      if (opts.dryRun) throw new Undo();
      await recordAudit(tx, actor, {
        action: 'import',
        recordType: 'import',
        recordId: kind.name,
        detail: { ...opts.auditDetail, kind: kind.name, sha256: result.sha256, rows: result.rows, ...result.counts },
      });
    });
    result.written = true;
  } catch (err) {
    if (!(err instanceof Undo)) throw err;
  }
  return result;
}

/**
 * Reads the header and every row, checks cells, and stages good rows. Returns
 * the errors, and whether the file could be read to the end (a bad header or
 * broken CSV stops the reading, and then no cross-row checks make sense).
 */
async function stageRows(
  tx: Executor,
  kind: ImportKind,
  parser: AsyncIterable<Numbered>,
  position: { nextLine: number },
  result: ImportResult,
  opts: ImportOptions,
): Promise<{ errors: RowError[]; readable: boolean }> {
  const errors: RowError[] = [];
  let header: string[] | null = null;
  let batch: { line: number; ref: string | null; data: Record<string, unknown> }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // One JSON parameter per batch: the same statement works on node-postgres and PGlite.
    await tx.execute(sql`
      insert into import_rows (line, ref, data)
      select (x->>'line')::int, x->>'ref', x->'data' from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) x`);
    batch = [];
  };
  try {
    for await (const { line, record } of parser) {
      if (record.length === 1 && record[0] === '') continue; // a blank line
      if (!header) {
        header = record.map((h) => h.trim().toLowerCase());
        const headerErrors = checkHeader(kind, header);
        // Leaving the loop destroys the parser, which ends the pipeline feeding it.
        if (headerErrors.length) return { errors: headerErrors, readable: false };
        continue;
      }
      result.rows++;
      if (result.rows % PROGRESS_EVERY === 0) opts.onProgress?.(result.rows);
      const row = readRow(kind, header, record, line, errors);
      if (!row) continue;
      batch.push({ line, ref: kind.refColumn ? (row[kind.refColumn] as string) : null, data: row });
      if (batch.length >= BATCH) await flush();
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    errors.push({
      line: position.nextLine,
      column: 'row',
      reason: CSV_PROBLEMS[err.code] ?? `not valid CSV (${err.code})`,
    });
    return { errors, readable: false };
  }
  if (!header)
    return {
      errors: [{ line: 1, column: 'row', reason: 'the file is empty: it needs a header row' }],
      readable: false,
    };
  await flush();
  opts.onProgress?.(result.rows);
  return { errors, readable: true };
}

function checkHeader(kind: ImportKind, header: string[]): RowError[] {
  const errors: RowError[] = [];
  header.forEach((name, i) => {
    if (!(name in kind.columns)) errors.push({ line: 1, column: name || `#${i + 1}`, reason: 'unknown column' });
    else if (header.indexOf(name) !== i) errors.push({ line: 1, column: name, reason: 'appears twice' });
  });
  for (const [name, column] of Object.entries(kind.columns)) {
    if (column.required && !header.includes(name))
      errors.push({ line: 1, column: name, reason: 'required column is missing' });
  }
  return errors;
}

/** The row's values by column name, or null after pushing its errors. */
function readRow(
  kind: ImportKind,
  header: string[],
  record: string[],
  line: number,
  errors: RowError[],
): Record<string, unknown> | null {
  if (record.length !== header.length) {
    errors.push({ line, column: 'row', reason: `has ${record.length} cells, the header has ${header.length}` });
    return null;
  }
  const row: Record<string, unknown> = {};
  const before = errors.length;
  header.forEach((name, i) => {
    const column = kind.columns[name];
    const raw = (record[i] ?? '').trim();
    if (!column) return;
    if (raw === '') {
      if (column.required) errors.push({ line, column: name, reason: 'required' });
      row[name] = null;
      return;
    }
    const read = column.read(raw);
    if ('error' in read) errors.push({ line, column: name, reason: read.error });
    else row[name] = read.value;
  });
  if (errors.length === before) {
    for (const e of kind.checkRow?.(row) ?? []) errors.push({ line, ...e });
  }
  return errors.length === before ? row : null;
}

async function repeatedRefs(tx: Executor, kind: ImportKind): Promise<RowError[]> {
  if (!kind.refColumn) return [];
  const column = kind.refColumn;
  const rows = rowsOf<{ line: number; first: number }>(
    await tx.execute(sql`
      select line, min(line) over (partition by ref) as first from import_rows
      where ref in (select ref from import_rows group by ref having count(*) > 1)`),
  );
  return rows
    .filter((r) => r.line !== r.first)
    .map((r) => ({ line: r.line, column, reason: `the same ${column} as line ${r.first}` }));
}

/** `line N: column: reason`, the contract's format for a bad row. */
export function formatRowError(e: RowError): string {
  return `line ${e.line}: ${e.column}: ${e.reason}`;
}
