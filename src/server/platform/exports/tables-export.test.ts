import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportTable, guardCell, toCsv, toXlsx } from './tables-export.ts';

const tables: ExportTable[] = [
  {
    name: 'people: a/b',
    columns: [
      { key: 'label', header: 'label' },
      { key: 'n', header: 'n' },
    ],
    rows: [
      { label: '=HYPERLINK("http://example.org")', n: -3 },
      { label: '+1', n: 0.5 },
      { label: '-2', n: null },
      { label: '@SUM(A1)', n: 1 },
      { label: 'ភ្នំពេញ, "quoted"', n: undefined },
    ],
  },
  { name: 'second', columns: [{ key: 'x', header: 'x' }], rows: [{ x: true }] },
];

describe('table exports', () => {
  it('neutralise text a spreadsheet would run as a formula, and leave numbers alone', () => {
    expect(['=1', '+1', '-1', '@A', '\tx', '\r=1', 'ok', 'a=b'].map(guardCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A",
      "'\tx",
      "'\r=1",
      'ok',
      'a=b',
    ]);
    expect([-1, 0, null, undefined, false].map(guardCell)).toEqual([-1, 0, null, null, false]);
  });

  it('CSV: one section per table, RFC 4180 quoting, Khmer intact', () => {
    expect(toCsv(tables)).toBe(
      '\uFEFFpeople: a/b\r\nlabel,n\r\n"\'=HYPERLINK(""http://example.org"")",-3\r\n\'+1,0.5\r\n\'-2,\r\n\'@SUM(A1),1\r\n' +
        '"ភ្នំពេញ, ""quoted""",\r\n\r\nsecond\r\nx\r\ntrue\r\n',
    );
  });

  it('XLSX: one sheet per table with a valid name, guarded text, numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(tables)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['people  a b', 'second']);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([undefined, '\'=HYPERLINK("http://example.org")', -3]);
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getRow(6).values).toEqual([undefined, 'ភ្នំពេញ, "quoted"']);
  });
});
