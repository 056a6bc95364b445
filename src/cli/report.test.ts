import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, withDatabase } from '../server/testing/global-setup.ts';
import { testEngine } from '../server/testing/test-db.ts';

/** `komar report annual` end to end: imported records in, the contract's JSON (and files) out. */
const BIN = path.resolve(import.meta.dirname, '../../bin/komar.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-report-'));
const pgName = `komar_report_${randomBytes(4).toString('hex')}`;
const env: NodeJS.ProcessEnv = { ...process.env, KOMAR_DATA_DIR: dataDir, KOMAR_LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;

const komar = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, out: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
};
const file = (name: string, text: string) => {
  const at = path.join(dataDir, name);
  fs.writeFileSync(at, text);
  return at;
};

beforeAll(async () => {
  if (testEngine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    await adminQuery(url, `CREATE DATABASE ${pgName}`);
    env.DATABASE_URL = withDatabase(url, pgName);
  }
  // Synthetic records, imported the way the organisation brings in its spreadsheets.
  const imports: [string, string][] = [
    [
      'investigations',
      'ref,opened_on,case_opened_on,national_police,foreign_police\n' +
        'I-1,2015-01-01,2015-03-01,yes,no\nI-2,2015-12-31,,yes,yes\nI-3,2014-12-31,2015-01-01,no,yes\nI-4,2016-01-01,,,\n',
    ],
    [
      'offenders',
      'ref,investigation_ref,gender,nationality,role,arrested_on\n' +
        'O-1,I-1,male,KH,perpetrator,2015-02-02\nO-2,I-1,male,us,perpetrator,2015-12-31\n' +
        'O-3,I-2,female,kh,accomplice,2016-01-01\nO-4,I-3,male,FR,perpetrator,2014-12-31\n',
    ],
    ['victims', 'ref,investigation_ref,gender,rescued_on\nV-1,I-1,female,2015-06-06\nV-2,I-3,male,2014-12-31\n'],
    [
      'client_services',
      'client_ref,service,date\nC-1,legal_advice,2015-01-01\nC-1,legal_representation,2015-02-01\n' +
        'C-1,medical,2015-12-31\nC-2,shelter,2015-05-05\nC-3,welfare,2016-01-01\n',
    ],
    [
      'events',
      'ref,type,date,participants\nE-1,workshop,2015-02-02,30\nE-2,informant_discussion,2015-12-31,5\n' +
        'E-3,government_event,2015-09-09,40\nE-4,training,2014-12-31,12\n',
    ],
  ];
  for (const [kind, csv] of imports) {
    const r = komar('import', kind, file(`${kind}.csv`, csv));
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);
afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (testEngine === 'postgres')
    await adminQuery(process.env.TEST_DATABASE_URL as string, `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
});

describe('komar report annual', () => {
  it('prints exactly the contract JSON on stdout and nothing else', () => {
    const r = komar('report', 'annual', '--year', '2015', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      year: 2015,
      criminalJusticeDevelopment: {
        casesInvestigated: 2,
        casesOpened: 2,
        casesWithNationalPolice: 2,
        casesWithForeignPolice: 1,
        arrests: { foreign: 1, cambodian: 1, total: 2 },
        victimsRescued: 1,
      },
      courtSupport: { legalSupportClients: 1, socialSupportClients: 2 },
      communityEngagement: {
        participants: 35,
        activities: {
          awareness_raising: 0,
          training: 0,
          workshop: 1,
          informant_discussion: 1,
          online_safety_session: 0,
        },
        governmentEvents: { events: 1, participants: 40 },
      },
    });
    // JSON is the default format.
    expect(JSON.parse(komar('report', 'annual', '--year', '2014').out).criminalJusticeDevelopment).toMatchObject({
      casesInvestigated: 1,
      arrests: { foreign: 1, cambodian: 0, total: 1 },
      victimsRescued: 1,
    });
  });

  it('refuses bad input with one line and a non-zero exit, printing nothing on stdout', () => {
    for (const args of [
      ['--year', 'twenty'],
      ['--year', '2015.5'],
      ['--year', '15'],
      ['--year', '2015', '--format', 'docx'],
      [],
    ]) {
      const r = komar('report', 'annual', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^komar: /);
    }
  });

  it('writes CSV to stdout, and XLSX and PDF to --out or a redirected stdout', () => {
    const csv = komar('report', 'annual', '--year', '2015', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out).toContain('programme,key,figure,figure_km,2015,2014');
    expect(csv.out).toContain('criminalJusticeDevelopment.arrests.total,Arrests in total,ការចាប់ខ្លួនសរុប,2,1');

    const pdfFile = path.join(dataDir, 'annual.pdf');
    const pdf = komar('report', 'annual', '--year', '2015', '--format', 'pdf', '--out', pdfFile);
    expect([pdf.code, pdf.out]).toEqual([0, '']);
    expect(pdf.stderr).toContain(`written to ${pdfFile}`);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');

    // Not a terminal here: the workbook goes to stdout as it would into `> file.xlsx`.
    const xlsx = komar('report', 'annual', '--year', '2015', '--format', 'xlsx');
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout.subarray(0, 2).toString()).toBe('PK');
  });
});
