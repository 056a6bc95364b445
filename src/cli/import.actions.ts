import fs from 'node:fs';
import os from 'node:os';
import { formatRowError, runImport } from '../server/modules/imports/csv-import.ts';
import { IMPORT_KINDS } from '../server/modules/imports/kinds.ts';
import { fail, say, withRuntime } from './run.ts';

/**
 * `komar import <kind> <file.csv> [--dry-run]` (data-exchange contract). Bad
 * rows go to stderr as `line N: column: reason`, then exit 1 with nothing
 * written; the summary of a good import goes to stdout.
 */
export async function importCommand(kindName: string, file: string, opts: { dryRun?: boolean }): Promise<void> {
  const kind = IMPORT_KINDS[kindName];
  if (!kind) return fail(`unknown import kind "${kindName}": use one of ${Object.keys(IMPORT_KINDS).join(', ')}`);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return fail(`cannot read ${file}: no such file`);
  await withRuntime(async (rt) => {
    const progress = process.stderr.isTTY
      ? (rows: number) => process.stderr.write(`\r${kindName}: ${rows.toLocaleString('en')} rows read`)
      : undefined;
    const result = await runImport(rt.ctx, { label: 'cli' }, kind, fs.createReadStream(file), {
      dryRun: opts.dryRun,
      onProgress: progress,
      auditDetail: { operator: os.userInfo().username, file: file.split(/[\\/]/).at(-1) },
    });
    if (progress) process.stderr.write('\n');
    if (result.errors.length > 0) {
      for (const e of result.errors) say(formatRowError(e));
      const lines = new Set(result.errors.map((e) => e.line)).size;
      fail(`${lines} bad ${lines === 1 ? 'row' : 'rows'} in ${file}; nothing was written`);
      return;
    }
    const c = result.counts ?? { created: 0, updated: 0, unchanged: 0 };
    const what = `${kindName}: ${result.rows} rows: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`;
    process.stdout.write(`${what}${opts.dryRun ? ' (dry run: nothing was written)' : ''}\n`);
  });
}
