/** Renders benchmark rows as one aligned text table, as markdown, or as JSON. */
import type { Row } from './lib.ts';

const HEADER = ['area', 'what', 'database', 'figure', 'goal', 'baseline', '× baseline', 'verdict'];

/** 2139 → "2,139"; 12.34 → "12.3"; 0.5 → "0.50": enough digits to read, no more. */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  const digits = Number.isInteger(n) || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (n: number, unit: string) => `${formatNumber(n)} ${unit}`;

export function verdict(row: Row): string {
  const word = row.meets === null ? '—' : row.meets ? 'meets' : 'MISSES';
  return row.note ? `${word} (${row.note})` : word;
}

function cells(row: Row): string[] {
  return [
    row.area,
    row.measure,
    row.db,
    withUnit(row.value, row.unit),
    row.goal,
    row.baseline === null ? '—' : withUnit(row.baseline, row.unit),
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
    verdict(row),
  ];
}

export function renderText(rows: Row[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(table[0] ?? HEADER), widths.map((w) => '─'.repeat(w)).join('  '), ...table.slice(1).map(line)].join(
    '\n',
  );
}

export function renderMarkdown(rows: Row[]): string {
  const escapePipes = (c: string) => c.replaceAll('|', '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(escapePipes).join(' | ')} |`),
  ].join('\n');
}

/** The baselines named in the rows, once each, for the legend under the table. */
export function baselineLegend(rows: Row[]): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.baselineWhat && !seen.has(r.baselineWhat)) seen.set(r.baselineWhat, r.area);
  return [...seen].map(([what, area]) => `${area}: ${what}`);
}

/** For a bench run on its own: its rows as the same table. */
export function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}\n${renderText(rows)}`);
  for (const l of baselineLegend(rows)) console.log(`  baseline, ${l}`);
}
