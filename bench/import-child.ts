/**
 * One `komar import` of one file, in its own process so that its peak RSS is
 * the import's own (bench/import.ts runs one child per import).
 *
 *   node --import tsx bench/import-child.ts <postgres|pglite> <kind> <file> [<kind> <file> …]
 *   BENCH_TARGET_URL = a migrated PostgreSQL database (postgres);
 *   BENCH_MASTER_KEY = the master key, hex, the same for every child of one database.
 *
 * On PGlite (in memory) the child migrates a fresh database itself and runs
 * the imports one after the other. Sends one ImportChildResult.
 */
import fs from 'node:fs';
import type { Ctx } from '../src/server/context.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { runImport } from '../src/server/modules/imports/csv-import.ts';
import { IMPORT_KINDS } from '../src/server/modules/imports/kinds.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import { FieldCipher } from '../src/server/platform/crypto/field-cipher.ts';
import { peakRssMb } from './lib.ts';

export type ImportFigure = {
  kind: string;
  rows: number;
  seconds: number;
  counts: { created: number; updated: number; unchanged: number };
};
export type ImportChildResult = {
  imports: ImportFigure[];
  /** RSS before reading any file, MB. */
  idleRssMb: number;
  /** Highest RSS sampled (every 20 ms) while importing, MB. */
  peakRssMb: number;
  /** The process's lifetime high-water mark (start-up included), MB. */
  maxRssMb: number;
};

const send = (m: unknown) => process.send?.(m);

try {
  const [engine, ...pairs] = process.argv.slice(2);
  const url = process.env.BENCH_TARGET_URL;
  const key = process.env.BENCH_MASTER_KEY;
  if (engine === 'postgres' && !url) throw new Error('BENCH_TARGET_URL is not set');
  if (!key) throw new Error('BENCH_MASTER_KEY is not set');
  const database = await openDatabase(
    engine === 'pglite' ? { kind: 'pglite' } : { kind: 'postgres', url: url as string },
  );
  if (engine === 'pglite') {
    await migrateDatabase(database);
    await seedOffices(database.db);
  }
  const cipher = new FieldCipher(database.db, Buffer.from(key, 'hex'));
  await cipher.load();
  const ctx: Ctx = { db: database.db, cipher, now: () => new Date(), config: { secureCookies: false } };
  // What the process holds before reading any file: the baseline its peak is compared with. The
  // peak is sampled during the imports, not read from maxRSS: loading the app's modules through tsx
  // sets a high-water mark that a small import never reaches, which would hide its growth.
  const rss = () => Math.round(process.memoryUsage.rss() / 2 ** 20);
  const idleRssMb = rss();
  let peak = idleRssMb;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 20);
  const imports: ImportFigure[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const kind = pairs[i] as string;
    const file = pairs[i + 1] as string;
    const start = performance.now();
    const result = await runImport(ctx, { label: 'cli' }, IMPORT_KINDS[kind] as never, fs.createReadStream(file));
    const seconds = (performance.now() - start) / 1000;
    if (!result.written || !result.counts)
      throw new Error(`${kind}: not written: ${JSON.stringify(result.errors.slice(0, 3))}`);
    imports.push({ kind, rows: result.rows, seconds, counts: result.counts });
  }
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  await database.close();
  send({ imports, idleRssMb, peakRssMb: peak, maxRssMb: peakRssMb() } satisfies ImportChildResult);
} catch (err) {
  send({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exitCode = 1;
}
