import { describe, expect, it } from 'vitest';
import type { Row } from './lib.ts';
import { firstLoadAssets } from './page-weight.ts';
import { baselineLegend, formatNumber, renderMarkdown, renderText, verdict } from './table.ts';

const row = (over: Partial<Row> = {}): Row => ({
  area: 'report intake',
  measure: 'throughput',
  db: 'PostgreSQL',
  value: 2139,
  unit: 'req/s',
  goal: '≥ 2,000/s',
  baseline: 6563,
  baselineWhat: 'bare POST + INSERT',
  ratio: 2139 / 6563,
  meets: true,
  ...over,
});

describe('the benchmark table', () => {
  it('formats figures with as many digits as they need', () => {
    expect(formatNumber(2139)).toBe('2,139');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(7.351)).toBe('7.35');
    expect(formatNumber(5)).toBe('5');
  });

  it('says whether a goal is met, missed, or absent, with the note', () => {
    expect(verdict(row())).toBe('meets');
    expect(verdict(row({ meets: false, note: '< 0.4× baseline' }))).toBe('MISSES (< 0.4× baseline)');
    expect(verdict(row({ meets: null }))).toBe('—');
  });

  it('aligns every column of the text table', () => {
    const text = renderText([
      row(),
      row({ measure: 'p99 latency', value: 65, unit: 'ms', baseline: null, ratio: null }),
    ]);
    const [header, rule, first, second] = text.split('\n');
    expect(rule).toMatch(/^─+( {2}─+)+$/);
    const column = (line: string | undefined) => line?.indexOf('PostgreSQL');
    expect(column(first)).toBe(header?.indexOf('database'));
    expect(column(second)).toBe(column(first));
    expect(first).toContain('2,139 req/s');
    expect(first).toContain('0.33×');
    expect(second).toContain('65 ms');
  });

  it('escapes pipes in markdown cells and names each baseline once', () => {
    const md = renderMarkdown([row({ goal: 'a | b' })]);
    expect(md.split('\n')).toHaveLength(3);
    expect(md).toContain('a \\| b');
    expect(baselineLegend([row(), row(), row({ baselineWhat: undefined })])).toEqual([
      'report intake: bare POST + INSERT',
    ]);
  });
});

describe('first page load assets', () => {
  it('counts module scripts, module preloads and stylesheets, not icons or other origins', () => {
    const html = `<html><head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <script src="https://cdn.example.org/x.js"></script>
      <link rel="preload" href="/api/public/info" as="fetch">
    </head></html>`;
    expect(firstLoadAssets(html)).toEqual({
      js: ['/assets/index-abc.js', '/assets/react-def.js'],
      css: ['/assets/index-123.css'],
    });
  });
});
