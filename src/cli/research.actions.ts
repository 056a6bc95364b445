import fs from 'node:fs';
import { z } from 'zod';
import { filters } from '../server/modules/research/research.schema.ts';
import { exportResearch, type ResearchFormat, renderResearch } from '../server/modules/research/research-export.ts';
import { fail, say, withRuntime } from './run.ts';

export type ResearchOptions = {
  format: string;
  public?: boolean;
  out?: string;
  period?: string;
  from?: string;
  to?: string;
  office?: string;
  exploitationType?: string;
};

const format = z.enum(['json', 'csv', 'xlsx'], 'json, csv or xlsx');

/**
 * `komar research offenders`: the options are checked before the database is
 * opened, so bad input fails at once with one line. Only the result goes to
 * stdout; notices go to stderr.
 */
export async function researchOffenders(o: ResearchOptions): Promise<void> {
  const parsedFormat = format.safeParse(o.format);
  if (!parsedFormat.success) return fail(`--format: ${parsedFormat.error.issues[0]?.message}`);
  const parsedFilters = filters.safeParse(
    Object.fromEntries(
      Object.entries({
        period: o.period,
        from: o.from,
        to: o.to,
        office: o.office,
        exploitationType: o.exploitationType,
      }).filter(([, v]) => v !== undefined),
    ),
  );
  if (!parsedFilters.success) return fail(parsedFilters.error);
  const fmt: ResearchFormat = parsedFormat.data;
  if (fmt === 'xlsx' && !o.out && process.stdout.isTTY) return fail('--format xlsx needs --out FILE on a terminal');
  await withRuntime(async (rt) => {
    const result = await exportResearch(
      rt.ctx,
      { label: 'cli' },
      { format: fmt, filters: parsedFilters.data, public: o.public === true, via: 'cli' },
    );
    const body = await renderResearch(fmt, result);
    if (o.out) {
      fs.writeFileSync(o.out, body);
      say(`offender research written to ${o.out}`);
    } else {
      process.stdout.write(body);
    }
  });
}
