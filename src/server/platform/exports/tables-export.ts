import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * Tables of figures written as CSV or XLSX, for every export of the app (the
 * research, the annual report). A table is a titled grid:
 *
 *   toCsv([{ name: 'Gender', columns: [{ key: 'code', header: 'Gender' }], rows: [{ code: 'male' }] }])
 *
 * CSV holds every table as a section (its name on a line, its header row,
 * its rows, a blank line); XLSX holds one sheet per table. Text cells that a
 * spreadsheet would run as a formula are neutralised (see `guardCell`).
 */
export type Cell = string | number | boolean | null | undefined;
export type ExportTable = {
  /** The section title in CSV, the sheet name in XLSX (cut to 31 characters there). */
  name: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly Record<string, Cell>[];
};

/**
 * OWASP's CSV-injection rule: text beginning with = + - @ (or a tab or
 * carriage return, which some programs skip before reading a formula) gets a
 * leading apostrophe, so it is shown as text and never evaluated. Numbers are
 * written as numbers and need no guard (a negative number is not a formula).
 */
export function guardCell(value: Cell): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const grid = (t: ExportTable) => [
  t.columns.map((c) => guardCell(c.header)),
  ...t.rows.map((r) => t.columns.map((c) => guardCell(r[c.key]))),
];

/** CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Khmer right). */
export function toCsv(tables: readonly ExportTable[]): string {
  const sections = tables.map((t) =>
    stringify([[guardCell(t.name)], ...grid(t)], { cast: { boolean: String }, record_delimiter: 'windows' }),
  );
  return `\uFEFF${sections.join('\r\n')}`;
}

/** Excel forbids these in sheet names, and names longer than 31 characters or repeated. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** XLSX, one sheet per table, header row in bold and frozen. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Komar';
  const taken = new Set<string>();
  for (const t of tables) {
    const sheet = book.addWorksheet(sheetName(t.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(grid(t));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      const header = t.columns[i]?.header ?? '';
      column.width = Math.min(40, Math.max(10, header.length + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
