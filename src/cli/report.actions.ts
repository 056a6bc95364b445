import fs from 'node:fs';
import { MAX_YEAR, MIN_YEAR } from '../server/modules/annual/annual.schema.ts';
import { exportAnnual, FILE_FORMATS, type FileFormat, renderAnnual } from '../server/modules/annual/annual-export.ts';
import { fail, say, withRuntime } from './run.ts';

export type AnnualOptions = { year: string; format: string; out?: string };

const FORMATS = ['json', ...FILE_FORMATS] as const;
type Format = (typeof FORMATS)[number];

/** The checks that need no database: a bad year or format answers at once, in one line. */
export function checkAnnualOptions(o: AnnualOptions): { year: number; format: Format } | string {
  const year = /^\d{4}$/.test(o.year.trim()) ? Number(o.year.trim()) : Number.NaN;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return `--year: "${o.year}" is not a year from ${MIN_YEAR} to ${MAX_YEAR} (four digits, e.g. 2015)`;
  const format = o.format.trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    return `--format: "${o.format}" is not one of ${FORMATS.join(', ')}`;
  if ((format === 'xlsx' || format === 'pdf') && !o.out && process.stdout.isTTY)
    return `--format ${format} is a binary file: give --out FILE, or redirect standard output to a file`;
  return { year, format: format as Format };
}

/**
 * `komar report annual --year Y --format json|csv|xlsx|pdf [--out FILE]`.
 * Without --out the report goes to stdout and nothing else does (notices go
 * to stderr). JSON is exactly the contract's figures for Y; CSV, XLSX and PDF
 * show Y beside Y−1, like the report page and its downloads.
 */
export async function annualReportCommand(o: AnnualOptions): Promise<void> {
  const checked = checkAnnualOptions(o);
  if (typeof checked === 'string') return fail(checked);
  const { year, format } = checked;
  await withRuntime(async (rt) => {
    const figures = await exportAnnual(rt.ctx, { label: 'cli' }, { year, format, withPrevious: format !== 'json' });
    const body =
      format === 'json'
        ? Buffer.from(`${JSON.stringify(figures.current, null, 2)}\n`, 'utf8')
        : await renderAnnual(format as FileFormat, figures.current, figures.previous);
    if (o.out) {
      fs.writeFileSync(o.out, body);
      say(`annual report ${year} (${format}) written to ${o.out}`);
    } else {
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(body, (err) => (err ? reject(err) : resolve())),
      );
    }
  });
}
