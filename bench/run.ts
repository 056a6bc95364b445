/**
 * `npm run bench`: runs the page-weight, intake, authentication, search,
 * reports and import benchmarks in turn and prints one table, each figure beside its goal from
 * DESIGN.md and beside a baseline measured in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench
 *   npm run bench -- --scale large            DESIGN.md's data sizes (1M people, 1M reports, …)
 *   npm run bench -- --out bench-result.md    also write the table (.md markdown, .json JSON, else text)
 *   npm run bench -- --only intake,search     some areas only (page, intake, session, search, reports, import)
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchImport } from './import.ts';
import { benchIntake } from './intake.ts';
import { CONNECTIONS, DURATION, type Row, requireBenchDatabase, SCALES, type Scale } from './lib.ts';
import { benchPageWeight } from './page-weight.ts';
import { benchReports } from './reports.ts';
import { benchSearch } from './search.ts';
import { benchSession } from './session.ts';
import { baselineLegend, renderMarkdown, renderText } from './table.ts';

const AREAS: Record<string, (scale: Scale) => Promise<Row[]>> = {
  page: () => benchPageWeight(),
  intake: () => benchIntake(),
  session: () => benchSession(),
  search: benchSearch,
  reports: benchReports,
  import: benchImport,
};

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run bench -- [--scale default|large] [--out FILE] [--only ${Object.keys(AREAS).join(',')}]`,
  );
  process.exit(2);
}

function options() {
  let values: { scale?: string; out?: string; only?: string };
  try {
    ({ values } = parseArgs({
      options: { scale: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } },
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  const scale = SCALES[(values.scale ?? 'default') as Scale['name']];
  if (!scale) usage(`unknown scale "${values.scale}"`);
  const only = values.only ? values.only.split(',').map((a) => a.trim()) : Object.keys(AREAS);
  const unknown = only.filter((a) => !AREAS[a]);
  if (unknown.length) usage(`unknown area ${unknown.map((a) => `"${a}"`).join(', ')}`);
  return { scale, out: values.out, only };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return `PostgreSQL ${rows[0]?.v ?? '?'}`;
  } finally {
    await client.end();
  }
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const elapsed = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

const { scale, out, only } = options();
let admin: string;
try {
  admin = requireBenchDatabase();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
// Child processes inherit this: the benches read the scale from it when run alone too.
process.env.BENCH_SCALE = scale.name;
const cpus = os.cpus();
const header = [
  `Komar benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, scale "${scale.name}" ` +
    `(${scale.people.toLocaleString('en')} people; ${(scale.reportsShare * 1_000_000).toLocaleString('en')} reports; ` +
    `import files of ${scale.importRows.map((n) => n.toLocaleString('en')).join(' and ')} rows; ` +
    `HTTP load ${CONNECTIONS} connections × ${DURATION} s)`,
  `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ` +
    `Node ${process.version}, ${await serverVersion(admin)}; load average at start ${load()}`,
];
console.error(header.join('\n'));

const rows: Row[] = [];
const failures: string[] = [];
/** The 1-minute load average as each area starts: on a shared machine, what the figures ran beside. */
const loadByArea: string[] = [];
const started = performance.now();
for (const area of only) {
  const t0 = performance.now();
  loadByArea.push(`${area} ${os.loadavg()[0]?.toFixed(1)}`);
  console.error(`\n▶ ${area}…`);
  try {
    const got = await (AREAS[area] as (s: Scale) => Promise<Row[]>)(scale);
    rows.push(...got);
    console.error(`✓ ${area} in ${elapsed(t0)}`);
  } catch (err) {
    failures.push(`${area}: ${(err as Error).stack ?? err}`);
    console.error(`✗ ${area} failed after ${elapsed(t0)}: ${(err as Error).message}`);
  }
}
header.push(
  `1-minute load average as each area started: ${loadByArea.join(', ')}; at end ${load()}; took ${elapsed(started)}`,
);
const legend = baselineLegend(rows).map((l) => `baseline, ${l}`);
const missed = rows.filter((r) => r.meets === false).length;
const summary = `${rows.filter((r) => r.meets).length} goals met, ${missed} missed${failures.length ? `, ${failures.length} areas FAILED` : ''}`;

console.log(`\n${header.join('\n')}\n\n${renderText(rows)}\n\n${legend.join('\n')}\n${summary}`);
for (const f of failures) console.log(`\nFAILED ${f}`);
if (out) {
  const text = out.endsWith('.json')
    ? JSON.stringify({ header, scale, rows, failures }, null, 2)
    : out.endsWith('.md')
      ? `${header.join('  \n')}\n\n${renderMarkdown(rows)}\n\n${legend.map((l) => `- ${l}`).join('\n')}\n\n${summary}\n`
      : `${header.join('\n')}\n\n${renderText(rows)}\n\n${legend.join('\n')}\n${summary}\n`;
  fs.writeFileSync(out, text);
  console.error(`written to ${out}`);
}
process.exitCode = failures.length ? 1 : 0;
