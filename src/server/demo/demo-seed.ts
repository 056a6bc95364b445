/**
 * `komar demo seed` (decision 019): fills an empty database with synthetic
 * records across every module. Streaming: each generator writes batches of a
 * few hundred to a few thousand rows, each batch its own transaction, every
 * relation recomputed from indexes (see demo-world.ts), so memory stays flat
 * from `small` to `large`.
 */
import { randomInt } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { rowsOf } from '../db/client.ts';
import { courtCharges } from '../modules/court/court.table.ts';
import { standardsItems } from '../modules/indicators/indicators.table.ts';
import { recordAudit } from '../platform/audit/audit.service.ts';
import { writeCourt } from './demo-court.ts';
import { writeEvents } from './demo-events.ts';
import { writeReports } from './demo-intake.ts';
import { writeInvestigations } from './demo-investigations.ts';
import { writePartners } from './demo-partners.ts';
import { writePeople } from './demo-people.ts';
import { type CreatedAccount, createStaff, demoAccounts, takenDemoEmails } from './demo-staff.ts';
import { writeSupport } from './demo-support.ts';
import { type DemoCounts, idMaker, type Progress, rngMaker, type World } from './demo-world.ts';

/** The case records whose presence makes a database "not empty": user accounts alone do not. */
const RECORD_TABLES = [
  'reports',
  'calls',
  'url_assessments',
  'people',
  'investigations',
  'support_cases',
  'court_cases',
  'partners',
  'events',
] as const;

export class DemoRefusedError extends Error {}

/** Refuses (changing nothing) a database that holds any record, or an account with a demo email. */
export async function assertSeedable(ctx: Ctx): Promise<void> {
  const union = sql.raw(
    RECORD_TABLES.map((t) => `select '${t}' as t from (select 1 from ${t} limit 1) x`).join(' union all '),
  );
  const filled = rowsOf<{ t: string }>(await ctx.db.execute(sql`${union}`)).map((r) => r.t);
  if (filled.length)
    throw new DemoRefusedError(
      `this database already holds records (${filled.join(', ')}): demo data goes only into an empty database; nothing was written`,
    );
  const taken = await takenDemoEmails(ctx.db);
  if (taken.length)
    throw new DemoRefusedError(`demo accounts already exist (${taken.join(', ')}); nothing was written`);
}

/** The counts must keep every relation inside the seed: each client and court case has its investigation and victim. */
export function checkCounts(c: DemoCounts): void {
  const bad = Object.entries(c).filter(([, n]) => !Number.isInteger(n) || n < 1);
  if (bad.length)
    throw new DemoRefusedError(`counts must be whole numbers of at least 1: ${bad.map(([k]) => k).join(', ')}`);
  if (c.clients > c.investigations) throw new DemoRefusedError('there cannot be more clients than investigations');
  if (c.investigations > c.people) throw new DemoRefusedError('there cannot be more investigations than people');
}

export type SeedResult = { accounts: CreatedAccount[]; seconds: number };

export async function seedDemo(
  ctx: Ctx,
  scale: string,
  counts: DemoCounts,
  progress: Progress = () => {},
  /** Fixes the random streams (tests); ids and tracking codes still differ per seed. */
  seed: number = randomInt(2 ** 31),
): Promise<SeedResult> {
  checkCounts(counts);
  await assertSeedable(ctx);
  const started = performance.now();
  await ctx.db.transaction((tx) =>
    recordAudit(tx, { label: 'cli' }, { action: 'demo.seed', detail: { scale, ...counts } }),
  );
  const staffCount = demoAccounts().length;
  progress('demo accounts', 0, staffCount);
  const { staff, accounts } = await createStaff(ctx);
  progress('demo accounts', staffCount, staffCount);
  const chargeIds = (
    await ctx.db
      .select({ id: courtCharges.id })
      .from(courtCharges)
      .where(eq(courtCharges.active, true))
      .orderBy(asc(courtCharges.sortOrder))
  ).map((r) => r.id);
  const standardIds = (
    await ctx.db
      .select({ id: standardsItems.id })
      .from(standardsItems)
      .where(eq(standardsItems.active, true))
      .orderBy(asc(standardsItems.sortOrder))
  ).map((r) => r.id);
  const w: World = {
    ctx,
    counts,
    today: ctx.now().toISOString().slice(0, 10),
    staff,
    partners: {},
    chargeIds,
    standardIds,
    id: idMaker(),
    rng: rngMaker(seed),
    progress,
  };
  w.partners = await writePartners(w);
  await writeReports(w);
  await writeInvestigations(w);
  await writePeople(w);
  await writeSupport(w);
  await writeCourt(w);
  await writeEvents(w);
  // Fresh statistics after a bulk load, so the first searches and reports get good plans.
  progress('statistics', 0, 1);
  await ctx.db.execute(sql`analyze`);
  progress('statistics', 1, 1);
  return { accounts, seconds: (performance.now() - started) / 1000 };
}
