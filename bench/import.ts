/**
 * CSV import speed and memory: `komar import investigations` and `offenders`
 * over generated files, each import in its own process (bench/import-child.ts)
 * so its peak RSS is its own, on PostgreSQL, beside PostgreSQL's own COPY of
 * the same investigations file into a bare table (psql `\copy`, timed by psql's
 * `\timing`, so psql's start-up is not counted) in the same run. Two file sizes
 * (5× apart) show whether memory stays flat. PGlite imports the small files too.
 * Budget (DESIGN.md): ≥ 20,000 rows/s, memory flat in file size.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/import.ts
 *   BENCH_SCALE=large (200,000 and 1,000,000 rows; default 20,000 and 100,000)  BENCH_IMPORT_ROWS=2000,10000
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import type { ImportChildResult, ImportFigure } from './import-child.ts';
import { isMain, nextMessage, type Row, type Scale, scaleFromEnv, startChild, withScratchDatabase } from './lib.ts';
import { printRows } from './table.ts';

const OFFICES = ['phnom_penh', 'sihanoukville', 'siem_reap', 'battambang'];
const TYPES = ['street', 'establishment', 'institution', 'online', 'family', 'other'];
const NATIONALITIES = ['KH', 'US', 'VN', 'FR', 'GB', 'AU', 'DE', 'JP'];

/** Writes a synthetic file line by line (never whole in memory) and returns its path. */
function writeFile(file: string, rows: number, header: string, row: (i: number) => string): string {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${header}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
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

/** An investigations file and an offenders file (one offender per investigation), refs prefixed so sizes never collide. */
function writeFiles(dir: string, rows: number, prefix: string) {
  const investigations = writeFile(
    path.join(dir, `${prefix}-investigations.csv`),
    rows,
    'ref,opened_on,case_opened_on,office,exploitation_type,national_police,foreign_police,foreign_agency,status,closed_on',
    (i) =>
      `${prefix}-INV-${i},${day(i)},${i % 4 === 0 ? day(i, 30) : ''},${OFFICES[i % 4]},${TYPES[i % 6]},${i % 2 ? 'yes' : 'no'},${i % 5 ? 'no' : 'yes'},,,`,
  );
  const offenders = writeFile(
    path.join(dir, `${prefix}-offenders.csv`),
    rows,
    'ref,investigation_ref,gender,nationality,role,birth_year,arrested_on',
    (i) =>
      `${prefix}-OFF-${i},${prefix}-INV-${i},${i % 5 ? 'male' : 'female'},${NATIONALITIES[i % 8]},${i % 3 ? 'perpetrator' : 'accomplice'},${1940 + (i % 50)},${i % 2 ? day(i, 10) : ''}`,
  );
  return { rows, investigations, offenders };
}

/** PostgreSQL's COPY of the file into a bare table with the same columns, as psql's `\timing` reports it. */
function copyRowsPerSecond(url: string, file: string, rows: number): number {
  const table = `bench_copy_${path.basename(file, '.csv').replace(/\W/g, '_')}`;
  const out = execFileSync(
    'psql',
    [
      url,
      '-qc',
      `create table ${table} (ref text, opened_on date, case_opened_on date, office text, exploitation_type text, national_police text, foreign_police text, foreign_agency text, status text, closed_on date)`,
      '-c',
      '\\timing on',
      '-c',
      `\\copy ${table} from '${file}' csv header`,
    ],
    { encoding: 'utf8' },
  );
  const ms = Number(/Time: ([\d.]+) ms/.exec(out)?.[1]);
  if (!ms) throw new Error(`psql printed no timing for COPY: ${out}`);
  return Math.round(rows / (ms / 1000));
}

/** Runs imports in one child process; returns what it measured. */
async function inChild(
  engine: 'postgres' | 'pglite',
  jobs: [kind: string, file: string][],
  env: Record<string, string>,
): Promise<ImportChildResult> {
  const child = startChild('./import-child.ts', [engine, ...jobs.flat()], env);
  try {
    return await nextMessage<ImportChildResult>(child);
  } finally {
    child.kill();
  }
}

const perSecond = (f: ImportFigure) => Math.round(f.rows / f.seconds);

export async function benchImport(scale: Scale): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-bench-import-'));
  try {
    const [smallRows, largeRows] = process.env.BENCH_IMPORT_ROWS
      ? (process.env.BENCH_IMPORT_ROWS.split(',').map(Number) as [number, number])
      : scale.importRows;
    const small = writeFiles(dir, smallRows, 'S');
    const large = writeFiles(dir, largeRows, 'L');
    const env = { BENCH_MASTER_KEY: randomBytes(32).toString('hex') };
    const pg = await withScratchDatabase(async (url) => {
      const database = await openDatabase({ kind: 'postgres', url });
      await migrateDatabase(database);
      await seedOffices(database.db);
      await database.close();
      const copy = copyRowsPerSecond(url, large.investigations, large.rows);
      const target = { ...env, BENCH_TARGET_URL: url };
      const run = async (files: typeof small) => ({
        investigations: await inChild('postgres', [['investigations', files.investigations]], target),
        offenders: await inChild('postgres', [['offenders', files.offenders]], target),
        again: await inChild('postgres', [['investigations', files.investigations]], target),
      });
      return { copy, small: await run(small), large: await run(large) };
    });
    const lite = await inChild(
      'pglite',
      [
        ['investigations', small.investigations],
        ['offenders', small.offenders],
      ],
      env,
    );

    const area = 'CSV import';
    const copyWhat = 'PostgreSQL COPY of the same investigations file into a bare table (psql \\copy)';
    const unchanged = pg.large.again.imports[0]?.counts.unchanged === large.rows;
    const speed = (measure: string, r: ImportChildResult, note?: string): Row => {
      const f = r.imports[0] as ImportFigure;
      const v = perSecond(f);
      return {
        area,
        measure,
        db: 'PostgreSQL',
        value: v,
        unit: 'rows/s',
        goal: '≥ 20,000 rows/s',
        baseline: pg.copy,
        baselineWhat: copyWhat,
        ratio: v / pg.copy,
        meets: v >= 20_000,
        note,
      };
    };
    const memory = (measure: string, small: ImportChildResult, big: ImportChildResult): Row => {
      const ratio = big.peakRssMb / small.peakRssMb;
      return {
        area,
        measure,
        db: 'PostgreSQL',
        value: big.peakRssMb,
        unit: 'MB',
        goal: `flat: ≤ 1.25× the ${smallRows.toLocaleString('en')}-row file's`,
        baseline: small.peakRssMb,
        baselineWhat: `peak RSS (sampled every 20 ms while importing) of the same import of a ${smallRows.toLocaleString('en')}-row file`,
        ratio,
        meets: ratio <= 1.25,
        note: `before reading: ${big.idleRssMb} MB; process high-water mark: ${big.maxRssMb} MB`,
      };
    };
    const n = largeRows.toLocaleString('en');
    const liteRow = (i: number, measure: string): Row => {
      const f = lite.imports[i] as ImportFigure;
      return {
        area,
        measure,
        db: 'PGlite',
        value: perSecond(f),
        unit: 'rows/s',
        goal: '—',
        baseline: null,
        ratio: null,
        meets: null,
        note: i === 0 ? `peak RSS ${lite.peakRssMb} MB` : undefined,
      };
    };
    return [
      speed(`import investigations (${n} rows)`, pg.large.investigations),
      speed('import offenders (person + involvement + arrest per row)', pg.large.offenders),
      speed(
        're-import of the investigations file, all unchanged',
        pg.large.again,
        unchanged ? undefined : 'rows were not all unchanged',
      ),
      memory(`import investigations, peak RSS (${n} rows)`, pg.small.investigations, pg.large.investigations),
      memory('import offenders, peak RSS', pg.small.offenders, pg.large.offenders),
      liteRow(0, `import investigations (${smallRows.toLocaleString('en')} rows)`),
      liteRow(1, 'import offenders'),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) printRows('CSV import', await benchImport(scaleFromEnv()));
