/**
 * The annual report and the offender research over a large database:
 * 1,000,000 reports, 100,000 investigations, 300,000 people (30,000 offender
 * involvements, 27,000 of them arrested in 2015–2024; victims with rescues),
 * 50,000 clients with 200,000 services, 5,000 events, spread over 2005–2024,
 * on PostgreSQL. Prints the time of `annualFigures` for one year (the CLI's
 * JSON) and of the page's two years, beside a baseline measured in the same
 * run (one `count(*)` over each table the report reads), and the query plans,
 * which must range-scan the date indexes. Then the time of `komar research
 * offenders` (JSON, full and `--public`, and filtered) beside its own
 * baseline (a `count(*)` of the offender involvements joined to their
 * people), and the research query's EXPLAIN ANALYZE.
 *
 * The figures above are DESIGN.md's scale (`BENCH_SCALE=large`); the default
 * scale is half of each (the date spread and the shares stay the same). The
 * same runs on PGlite over a tenth of it (100,000 reports: a small office).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/reports.ts
 *   BENCH_SCALE=large   BENCH_VERBOSE=1 (print the figures and the query plans)
 */
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { annualFigures, annualReport } from '../src/server/modules/annual/annual-figures.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import type { OffenderResearch } from '../src/server/modules/research/offender-stats.ts';
import type { ResearchFilters } from '../src/server/modules/research/research.schema.ts';
import { exportResearch, renderResearch } from '../src/server/modules/research/research-export.ts';
import { isMain, type Row, type Scale, scaleFromEnv, withScratchDatabase } from './lib.ts';
import { printRows } from './table.ts';

const YEAR = 2015;
/** A date spread evenly over 2005–2024 from a series number. */
const day = (n: string) => `date '2005-01-01' + ((${n}) * 7919 % 7305)::int`;
/** The same over the ten years 2015–2024, for arrests. */
const lastTenYears = (n: string) => `date '2015-01-01' + ((${n}) * 7919 % 3653)::int`;
/** 25 nationalities beside KH (26 in all), as the organisation's offender records have. */
const FOREIGN = 'VN TH CN US GB FR AU DE KR JP CA NL RU IN MY PH LA ID IT BE CH SE NZ IE NG'.split(' ');

const verbose = (text: string) => process.env.BENCH_VERBOSE && console.log(text);

/** The data set's sizes: DESIGN.md's ten years at share 1. */
function sizes(share: number) {
  const n = (x: number) => Math.max(10, Math.round(x * share));
  return {
    reports: n(1_000_000),
    investigations: n(100_000),
    people: n(300_000),
    clients: n(50_000),
    events: n(5_000),
  };
}

async function fill(execute: (q: string) => Promise<unknown>, n: ReturnType<typeof sizes>) {
  await execute(`insert into reports (tracking_code, channel, category, description, ack_due_at, received_at)
    select 'B' || g, 'web', 'sexual_abuse', 'synthetic', now(), now() from generate_series(1, ${n.reports}) g`);
  await execute(`insert into investigations (status, opened_on, case_opened_on, national_police, foreign_police, office_code, exploitation_type)
    select 'active', ${day('g')}, case when g % 4 = 0 then ${day('g')} + 30 end, g % 3 = 0, g % 5 = 0,
           (array['phnom_penh','sihanoukville','siem_reap'])[1 + g % 3],
           (array['street','establishment','institution','online','family','other'])[1 + g % 6]
    from generate_series(1, ${n.investigations}) g`);
  // Offenders (g % 10 = 0, see below) 85 % male, 10 % female, 5 % unknown; everyone else 60 % male,
  // 30 % female, 5 % other, 5 % unknown. Nationality 60 % KH, 2 % unknown, the rest spread over 25
  // others. The hashes (g * 7919 + g / 10, g * 37 + g / 10 * 13) stay uniform over multiples of 10 too.
  await execute(`insert into people (gender, nationality)
    select case when g % 10 = 0 then case when h.gender < 17 then 'male' when h.gender < 19 then 'female' else 'unknown' end
                when h.gender < 12 then 'male' when h.gender < 18 then 'female' when h.gender = 18 then 'other' else 'unknown' end,
           case when h.nationality < 60 then 'KH' when h.nationality < 62 then null
                else (array[${FOREIGN.map((c) => `'${c}'`).join(',')}])[1 + (h.nationality - 62) % ${FOREIGN.length}] end
    from generate_series(1, ${n.people}) g,
         lateral (select (g::bigint * 7919 + g / 10) % 20 as gender, (g * 37 + g / 10 * 13) % 100 as nationality) h`);
  // Every person has one involvement in an investigation: a tenth are offenders (30,000; one in four of
  // them an accomplice), about a third victims with a rescue, the rest witnesses.
  await execute(`insert into involvements (person_id, investigation_id, role)
    select p.id, i.id,
           case when p.number % 10 = 0 then case when p.number % 40 = 0 then 'accomplice' else 'perpetrator' end
                when p.number % 3 = 1 then 'victim' else 'witness' end
    from people p join investigations i on i.number = 1 + p.number % ${n.investigations}`);
  // Nine offenders in ten were arrested, over 2015–2024.
  await execute(`insert into arrests (involvement_id, arrested_on)
    select i.id, ${lastTenYears('p.number')} from involvements i join people p on p.id = i.person_id
    where i.role in ('perpetrator', 'accomplice') and p.number % 100 <> 50`);
  await execute(`insert into rescues (involvement_id, rescued_on)
    select i.id, ${day('p.number')} from involvements i join people p on p.id = i.person_id where i.role = 'victim'`);
  await execute(`insert into support_cases (person_id, client_kind, status, opened_on)
    select id, 'child_victim', 'open', date '2005-01-01' from people where number <= ${n.clients}`);
  await execute(`insert into support_services (case_id, person_id, service, delivered_on)
    select c.id, c.person_id, (array['legal_advice','medical','shelter','counselling'])[1 + k], ${day('c.number * 4 + k')}
    from support_cases c cross join generate_series(0, 3) k`);
  await execute(`insert into events (type, held_on, participants)
    select (array['awareness_raising','training','workshop','informant_discussion','online_safety_session','government_event'])[1 + g % 6],
           ${day('g')}, g % 200 from generate_series(1, ${n.events}) g`);
  await execute('analyze');
}

async function timed<T>(run: () => Promise<T>, times = 5): Promise<{ ms: number; result: T }> {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    result = await run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: Math.round(best * 10) / 10, result: result as T };
}

/** PGlite's share of DESIGN.md's data set: the embedded database is for small offices, not ten years of a whole NGO. */
const PGLITE_SHARE = 0.1;

/**
 * The rows for the table: the annual report and the offender research, each beside its count(*)
 * baseline, on PostgreSQL at the scale's size and on PGlite at a tenth of DESIGN.md's.
 */
export async function benchReports(scale: Scale): Promise<Row[]> {
  const onPostgres = await withScratchDatabase(async (url) => {
    const database = await openDatabase({ kind: 'postgres', url });
    try {
      return await measure(database, scale.reportsShare);
    } finally {
      await database.close();
    }
  });
  const lite = await openDatabase({ kind: 'pglite' });
  try {
    return [...onPostgres, ...(await measure(lite, Math.min(PGLITE_SHARE, scale.reportsShare)))];
  } finally {
    await lite.close();
  }
}

async function measure(database: Database, share: number): Promise<Row[]> {
  const db: Row['db'] = database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  await migrateDatabase(database);
  await seedOffices(database.db);
  const execute = (q: string) => database.db.execute(sql.raw(q));
  const n = sizes(share);
  const filling = performance.now();
  await fill(execute, n);
  console.error(`reports: ${db} filled in ${Math.round((performance.now() - filling) / 1000)} s`);
  const dataSet =
    `${n.reports.toLocaleString('en')} reports, ${n.investigations.toLocaleString('en')} investigations, ` +
    `${n.clients.toLocaleString('en')} clients`;

  const tables = ['investigations', 'arrests', 'rescues', 'support_services', 'events'];
  const baseline = await timed(async () => {
    for (const t of tables) await execute(`select count(*) from ${t}`);
  });
  const one = await timed(() => annualFigures(database.db, YEAR));
  const two = await timed(() => annualReport(database.db, YEAR));
  verbose(JSON.stringify(one.result));
  const usingIndex = await datePlans(execute);
  const goal = share >= 1 ? '< 1 s' : '< 1 s (at 1M reports)';
  const row = (measure: string, ms: number, base: { ms: number }, baselineWhat: string): Row => ({
    area: 'reports',
    measure,
    db,
    value: ms,
    unit: 'ms',
    goal,
    baseline: base.ms,
    baselineWhat,
    ratio: ms / base.ms,
    meets: ms < 1000,
  });
  const annualBase = `count(*) over the ${tables.length} tables the annual report reads`;
  return [
    row(`annual report, one year (best of 5; ${dataSet})`, one.ms, baseline, annualBase),
    row('annual report page (the year and the one before)', two.ms, baseline, annualBase),
    {
      area: 'reports',
      measure: "annual report's date filters that use an index (EXPLAIN)",
      db,
      value: usingIndex.used,
      unit: `of ${usingIndex.of}`,
      goal: share >= 1 ? 'all' : '— (all at 1M reports)',
      baseline: null,
      ratio: null,
      // On a smaller data set the planner may rightly scan a small table (events) whole.
      meets: share >= 1 ? usingIndex.used === usingIndex.of : null,
    },
    ...(await benchResearch(database.db, execute)).map((r) =>
      row(r.measure, r.ms, r.baseline, 'count(*) of offender involvements joined to their people'),
    ),
  ];
}

/** The plans: each date filter should be an index (or bitmap index) scan, not a sequential scan. */
async function datePlans(execute: (q: string) => Promise<unknown>): Promise<{ used: number; of: number }> {
  const plans: Record<string, string> = {
    investigations: `select count(*) from investigations where opened_on between '2015-01-01' and '2015-12-31' or case_opened_on between '2015-01-01' and '2015-12-31'`,
    arrests: `select count(*) from arrests a join involvements i on i.id = a.involvement_id join people p on p.id = i.person_id where a.arrested_on between '2015-01-01' and '2015-12-31'`,
    rescues: `select count(*) from rescues where rescued_on between '2015-01-01' and '2015-12-31'`,
    support_services: `select count(distinct person_id) from support_services where delivered_on between '2015-01-01' and '2015-12-31'`,
    events: `select count(*) from events where held_on between '2015-01-01' and '2015-12-31'`,
  };
  let used = 0;
  for (const [name, q] of Object.entries(plans)) {
    const rows = (await execute(`explain ${q}`)) as { rows: { 'QUERY PLAN': string }[] };
    const plan = rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    const usesIndex = /Index (Only )?Scan|Bitmap Index Scan/.test(plan);
    if (usesIndex) used++;
    verbose(`\n${name}: ${usesIndex ? 'uses a date index' : 'NO INDEX USED'}\n${plan}`);
  }
  return { used, of: Object.keys(plans).length };
}

type Db = Parameters<typeof exportResearch>[0]['db'];

/** What `komar research offenders --format json [--public]` does: compute, audit the export, render. */
async function research(db: Db, filters: ResearchFilters, forPublic = false) {
  const r = await exportResearch({ db }, { label: 'cli' }, { format: 'json', filters, public: forPublic, via: 'cli' });
  return renderResearch('json', r);
}

type Timed = { ms: number };

async function benchResearch(
  db: Db,
  execute: (q: string) => Promise<unknown>,
): Promise<{ measure: string; ms: number; baseline: Timed }[]> {
  const offenders = `from involvements v join people p on p.id = v.person_id where v.role in ('perpetrator', 'accomplice')`;
  const baseline = await timed(() => execute(`select count(*) ${offenders}`));
  const filtered: ResearchFilters = { from: 2020, to: 2024, office: 'phnom_penh' };
  const full = await timed(() => research(db, {}));
  const open = await timed(() => research(db, {}, true));
  const narrow = await timed(() => research(db, filtered));
  const r = JSON.parse(String(full.result)) as OffenderResearch;
  const top = r.nationality[0];
  verbose(
    `research: ${r.total} offender involvements (${r.roles.perpetrator} perpetrators, ${r.roles.accomplice} accomplices), ` +
      `${r.nationalityCount} nationalities, ${top?.code} ${top?.percent} %, male ${r.gender.percent.male} %`,
  );
  if (process.env.BENCH_VERBOSE) await explainResearch(execute);
  return [
    { measure: `komar research offenders (${r.total.toLocaleString('en')} involvements)`, ms: full.ms, baseline },
    { measure: 'komar research offenders --public', ms: open.ms, baseline },
    { measure: '… --from 2020 --to 2024 --office phnom_penh', ms: narrow.ms, baseline },
  ];
}

/** The service's query, written out (without filters, and with the filtered row's): where its time goes. */
async function explainResearch(execute: (q: string) => Promise<unknown>): Promise<void> {
  const groups = `select p.gender, p.nationality, v.role, count(*)::int
    from involvements v join people p on p.id = v.person_id
    left join investigations i on i.id = v.investigation_id left join arrests a on a.involvement_id = v.id
    where v.role in ('perpetrator', 'accomplice')`;
  const by = 'group by p.gender, p.nationality, v.role';
  const queries = {
    'research query': `${groups} ${by}`,
    'research query, filtered': `${groups} and i.office_code = 'phnom_penh'
      and a.arrested_on >= make_date(2020, 1, 1) and a.arrested_on < make_date(2025, 1, 1) ${by}`,
  };
  for (const [name, q] of Object.entries(queries)) {
    const plan = (await execute(`explain (analyze, buffers) ${q}`)) as { rows: { 'QUERY PLAN': string }[] };
    console.log(`\n${name}:\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}

if (isMain(import.meta.url)) printRows('Annual report and offender research', await benchReports(scaleFromEnv()));
