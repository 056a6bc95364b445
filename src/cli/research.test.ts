import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { komarInstallation } from '../server/testing/komar-installation.ts';

/** `komar research offenders` end to end: exit codes, stdout purity, formats (data-exchange contract). */
const { dataDir, komar } = komarInstallation('research');
const file = (name: string) => path.join(dataDir, name);

describe('komar research offenders', () => {
  it('answers an empty database with total 0, JSON alone on stdout', () => {
    const r = komar('research', 'offenders', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ total: 0, nationality: [], gender: { test: null } });
  }, 60_000);

  it('counts an imported file exactly as its rows, in every format', async () => {
    // 5 male KH perpetrators, 4 female VN accomplices.
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => `K-${i},male,KH,perpetrator`),
      ...Array.from({ length: 4 }, (_, i) => `V-${i},female,vn,accomplice`),
    ];
    fs.writeFileSync(file('offenders.csv'), `ref,gender,nationality,role\n${rows.join('\n')}\n`);
    expect(komar('import', 'offenders', file('offenders.csv')).code).toBe(0);

    const full = komar('research', 'offenders', '--format', 'json');
    expect(full.code).toBe(0);
    const json = JSON.parse(full.stdout);
    expect(json).toMatchObject({
      total: 9,
      nationalityCount: 2,
      gender: { counts: { male: 5, female: 4 }, percent: { male: 55.6, female: 44.4 } },
      // 5 × 4 / 9 = 2.2 expected: Fisher; 5/0/0/4 → p = 1/126 (scipy.stats.fisher_exact: 0.007936507936507936).
      roleByNationality: [
        { code: 'KH', perpetrators: 5, accomplices: 0, test: { name: 'fisher_exact', p: expect.closeTo(1 / 126, 12) } },
        { code: 'VN', perpetrators: 0, accomplices: 4 },
      ],
    });

    const pub = JSON.parse(komar('research', 'offenders', '--public').stdout);
    expect(pub.nationality).toEqual([
      { code: 'KH', count: 5, percent: 55.6 },
      { code: 'VN', count: null, percent: null, suppressed: true },
    ]);

    const csv = komar('research', 'offenders', '--format', 'csv', '--out', file('r.csv'));
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    expect(fs.readFileSync(file('r.csv'), 'utf8')).toContain(
      '\r\nnationality\r\nnationality,count,percent,suppressed\r\nKH,5,55.6,\r\n',
    );

    expect(komar('research', 'offenders', '--format', 'xlsx', '--public', '--out', file('r.xlsx')).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('r.xlsx'));
    expect(book.getWorksheet('nationality')?.getRow(3).values).toEqual([undefined, 'VN', undefined, undefined, 'yes']);
  }, 120_000);

  it('fails on bad input with one line on stderr and nothing on stdout', () => {
    for (const [args, reason] of [
      [['--format', 'pdf'], 'komar: --format: json, csv or xlsx'],
      [['--from', '2025', '--to', '2024'], 'komar: to: not before from'],
      [['--office', 'mars'], 'komar: office: not a known office'],
      [['--period', 'born'], 'komar: period: arrest or opened'],
      [['--from', 'last year'], 'komar: from: a year'],
    ] as const) {
      const r = komar('research', 'offenders', ...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(reason);
    }
    const help = komar('research', 'offenders', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: komar research offenders');
    const unknown = komar('research', 'offenders', '--nme', 'x');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});
