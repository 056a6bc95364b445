/**
 * The annual report over a large database: 1,000,000 reports, 100,000
 * investigations, 300,000 people (offenders with arrests, victims with
 * rescues), 50,000 clients with 200,000 services, 5,000 events, spread over
 * 2005–2024, on PostgreSQL. Prints the time of `annualFigures` for one year
 * (the CLI's JSON) and of the page's two years, beside a baseline measured in
 * the same run (one `count(*)` over each table the report reads), and the
 * query plans, which must range-scan the date indexes.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/reports.ts
 */
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { annualFigures, annualReport } from '../src/server/modules/annual/annual-figures.ts';
import { seedOffices } from '../src/server/modules/offices/offices.service.ts';
import { printTable, withScratchDatabase } from './lib.ts';

const YEAR = 2015;
/** A date spread evenly over 2005–2024 from a series number. */
const day = (n: string) => `date '2005-01-01' + ((${n}) * 7919 % 7305)::int`;

async function fill(execute: (q: string) => Promise<unknown>) {
  await execute(`insert into reports (tracking_code, channel, category, description, ack_due_at, received_at)
    select 'B' || g, 'web', 'sexual_abuse', 'synthetic', now(), now() from generate_series(1, 1000000) g`);
  await execute(`insert into investigations (status, opened_on, case_opened_on, national_police, foreign_police)
    select 'active', ${day('g')}, case when g % 4 = 0 then ${day('g')} + 30 end, g % 3 = 0, g % 5 = 0
    from generate_series(1, 100000) g`);
  await execute(`insert into people (gender, nationality)
    select 'unknown', case g % 4 when 0 then 'KH' when 1 then 'US' when 2 then null else 'FR' end
    from generate_series(1, 300000) g`);
  // Every person has one involvement; a third are offenders with an arrest, a third victims with a rescue.
  await execute(`insert into involvements (person_id, role)
    select id, case number % 3 when 0 then 'perpetrator' when 1 then 'victim' else 'witness' end from people`);
  await execute(`insert into arrests (involvement_id, arrested_on)
    select i.id, ${day('p.number')} from involvements i join people p on p.id = i.person_id where i.role = 'perpetrator'`);
  await execute(`insert into rescues (involvement_id, rescued_on)
    select i.id, ${day('p.number')} from involvements i join people p on p.id = i.person_id where i.role = 'victim'`);
  await execute(`insert into support_cases (person_id, client_kind, status, opened_on)
    select id, 'child_victim', 'open', date '2005-01-01' from people where number <= 50000`);
  await execute(`insert into support_services (case_id, person_id, service, delivered_on)
    select c.id, c.person_id, (array['legal_advice','medical','shelter','counselling'])[1 + k], ${day('c.number * 4 + k')}
    from support_cases c cross join generate_series(0, 3) k`);
  await execute(`insert into events (type, held_on, participants)
    select (array['awareness_raising','training','workshop','informant_discussion','online_safety_session','government_event'])[1 + g % 6],
           ${day('g')}, g % 200 from generate_series(1, 5000) g`);
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

await withScratchDatabase(async (url) => {
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await migrateDatabase(database);
    await seedOffices(database.db);
    const execute = (q: string) => database.db.execute(sql.raw(q));
    const filling = performance.now();
    await fill(execute);
    console.log(`filled in ${Math.round((performance.now() - filling) / 1000)} s`);

    const tables = ['investigations', 'arrests', 'rescues', 'support_services', 'events'];
    const baseline = await timed(async () => {
      for (const t of tables) await execute(`select count(*) from ${t}`);
    });
    const one = await timed(() => annualFigures(database.db, YEAR));
    const two = await timed(() => annualReport(database.db, YEAR));
    printTable(`annual report ${YEAR} on PostgreSQL (best of 5)`, [
      ['what', 'ms', '× baseline'],
      ['count(*) of the 5 tables it reads (baseline)', baseline.ms, '1.00'],
      ['annualFigures (komar report annual --format json)', one.ms, (one.ms / baseline.ms).toFixed(2)],
      ['annualReport (the page: the year and the one before)', two.ms, (two.ms / baseline.ms).toFixed(2)],
    ]);
    console.log(JSON.stringify(one.result));

    // The plans: each date filter should be an index (or bitmap index) scan, not a sequential scan.
    const plans: Record<string, string> = {
      investigations: `select count(*) from investigations where opened_on between '2015-01-01' and '2015-12-31' or case_opened_on between '2015-01-01' and '2015-12-31'`,
      arrests: `select count(*) from arrests a join involvements i on i.id = a.involvement_id join people p on p.id = i.person_id where a.arrested_on between '2015-01-01' and '2015-12-31'`,
      rescues: `select count(*) from rescues where rescued_on between '2015-01-01' and '2015-12-31'`,
      support_services: `select count(distinct person_id) from support_services where delivered_on between '2015-01-01' and '2015-12-31'`,
      events: `select count(*) from events where held_on between '2015-01-01' and '2015-12-31'`,
    };
    for (const [name, q] of Object.entries(plans)) {
      const rows = (await execute(`explain ${q}`)) as { rows: { 'QUERY PLAN': string }[] };
      const plan = rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      const usesIndex = /Index (Only )?Scan|Bitmap Index Scan/.test(plan);
      console.log(`\n${name}: ${usesIndex ? 'uses a date index' : 'NO INDEX USED'}\n${plan}`);
    }
  } finally {
    await database.close();
  }
});
