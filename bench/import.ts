/**
 * CSV import speed and memory: `komar import investigations` and `offenders`
 * over generated files, on PostgreSQL (and PGlite with BENCH_PGLITE=1), beside
 * PostgreSQL's own COPY of the same file into a bare table (psql \copy) in the
 * same run. Budget (DESIGN.md): ≥ 20,000 rows/s, memory flat in file size.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/import.ts
 *   BENCH_ROWS=200000 (default)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ctx } from '../src/server/context.ts';
import { type DatabaseOptions, openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { runImport } from '../src/server/modules/imports/csv-import.ts';
import { IMPORT_KINDS } from '../src/server/modules/imports/kinds.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import { FieldCipher } from '../src/server/platform/crypto/field-cipher.ts';
import { printTable, withScratchDatabase } from './lib.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-bench-import-'));
const OFFICES = ['phnom_penh', 'sihanoukville', 'siem_reap', 'battambang'];
const TYPES = ['street', 'establishment', 'institution', 'online', 'family', 'other'];
const NATIONALITIES = ['KH', 'US', 'VN', 'FR', 'GB', 'AU', 'DE', 'JP'];

/** Writes a synthetic file line by line (never whole in memory) and returns its path. */
function writeFile(name: string, header: string, row: (i: number) => string): string {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${header}\n`);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    chunk += `${row(i)}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}

/** A date spread over the years by row number, `plus` days later. */
const day = (i: number, plus = 0) =>
  new Date(Date.UTC(2010, 0, 1) + ((i % 5000) + plus) * 86_400_000).toISOString().slice(0, 10);
const investigationsFile = writeFile(
  'investigations.csv',
  'ref,opened_on,case_opened_on,office,exploitation_type,national_police,foreign_police,foreign_agency,status,closed_on',
  (i) =>
    `INV-${i},${day(i)},${i % 4 === 0 ? day(i, 30) : ''},${OFFICES[i % 4]},${TYPES[i % 6]},${i % 2 ? 'yes' : 'no'},${i % 5 ? 'no' : 'yes'},,,`,
);
const offendersFile = writeFile(
  'offenders.csv',
  'ref,investigation_ref,gender,nationality,role,birth_year,arrested_on',
  (i) =>
    `OFF-${i},INV-${i},${i % 5 ? 'male' : 'female'},${NATIONALITIES[i % 8]},${i % 3 ? 'perpetrator' : 'accomplice'},${1940 + (i % 50)},${i % 2 ? day(i, 10) : ''}`,
);

type Figure = { seconds: number; rowsPerSecond: number; peakRssMb: number };

async function timed(body: () => Promise<void>): Promise<Figure> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const start = performance.now();
  await body();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return { seconds, rowsPerSecond: Math.round(ROWS / seconds), peakRssMb: Math.round(peak / 2 ** 20) };
}

async function komarImports(opts: DatabaseOptions) {
  const database = await openDatabase(opts);
  await migrateDatabase(database);
  await seedOffices(database.db);
  const cipher = new FieldCipher(database.db, randomBytes(32));
  await cipher.load();
  const ctx: Ctx = { db: database.db, cipher, now: () => new Date(), config: { secureCookies: false } };
  const run = (kind: string, file: string) => async () => {
    const result = await runImport(ctx, { label: 'cli' }, IMPORT_KINDS[kind] as never, fs.createReadStream(file));
    if (!result.written) throw new Error(`${kind}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  };
  try {
    const investigations = await timed(run('investigations', investigationsFile));
    const offenders = await timed(run('offenders', offendersFile));
    const again = await timed(run('investigations', investigationsFile)); // idempotent re-import: all unchanged
    return { investigations, offenders, again };
  } finally {
    await database.close();
  }
}

function copyBaseline(url: string): Figure {
  execFileSync('psql', [
    url,
    '-qc',
    'create table bench_copy (ref text, opened_on date, case_opened_on date, office text, exploitation_type text, national_police text, foreign_police text, foreign_agency text, status text, closed_on date)',
  ]);
  const start = performance.now();
  execFileSync('psql', [url, '-qc', `\\copy bench_copy from '${investigationsFile}' csv header`]);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, rowsPerSecond: Math.round(ROWS / seconds), peakRssMb: 0 };
}

const rows: (string | number)[][] = [['what', 'rows/s', 'seconds', 'peak RSS MB', '× COPY']];
const pg = await withScratchDatabase(async (url) => ({
  copy: copyBaseline(url),
  komar: await komarImports({ kind: 'postgres', url }),
}));
const line = (what: string, f: Figure) => [
  what,
  f.rowsPerSecond,
  f.seconds.toFixed(1),
  f.peakRssMb || '—',
  (f.rowsPerSecond / pg.copy.rowsPerSecond).toFixed(2),
];
rows.push(line('PostgreSQL COPY of the investigations file (baseline)', pg.copy));
rows.push(line('import investigations (PostgreSQL)', pg.komar.investigations));
rows.push(line('import offenders (PostgreSQL)', pg.komar.offenders));
rows.push(line('re-import investigations, unchanged (PostgreSQL)', pg.komar.again));
if (process.env.BENCH_PGLITE) {
  const lite = await komarImports({ kind: 'pglite' });
  rows.push(line('import investigations (PGlite)', lite.investigations));
  rows.push(line('import offenders (PGlite)', lite.offenders));
}
printTable(`CSV import, ${ROWS.toLocaleString('en')} rows per file`, rows);
const worst = Math.min(pg.komar.investigations.rowsPerSecond, pg.komar.offenders.rowsPerSecond);
console.log(
  `budget ≥ 20,000 rows/s on PostgreSQL: ${worst >= 20_000 ? 'met' : 'NOT met'} (slowest ${worst.toLocaleString('en')}/s)`,
);
fs.rmSync(dir, { recursive: true, force: true });
