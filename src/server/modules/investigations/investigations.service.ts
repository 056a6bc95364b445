import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { STATUS_TRANSITIONS } from '../../../shared/investigations.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { breakGlass } from '../../platform/break-glass/break-glass.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { keepInEditorsScope, scopeField } from '../../platform/keep-in-scope.ts';
import { users } from '../accounts/accounts.table.ts';
import { findVisibleReports, markReportsLinked } from '../intake/reports.service.ts';
import { getOffice } from '../offices/offices.service.ts';
import { getInvestigation, type ListRow, selectItems, toItem } from './investigation-detail.ts';
import { findVisible, inOwnScope, type Viewer, visibleTo } from './investigation-scope.ts';
import type * as schema from './investigations.schema.ts';
import {
  investigationMembers,
  investigationReports,
  investigationStatusChanges,
  investigations,
} from './investigations.table.ts';

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId });
const ISO = (d: Date) => d.toISOString().slice(0, 10);

/** Investigations in the viewer's scope, newest opened first, with the filters of the list page. */
export async function listInvestigations(ctx: Ctx, viewer: Viewer, q: z.infer<typeof schema.listQuery>) {
  const where: SQL[] = [visibleTo(viewer)];
  if (q.office) where.push(eq(investigations.officeCode, q.office));
  if (q.status) where.push(eq(investigations.status, q.status));
  if (q.exploitationType) where.push(eq(investigations.exploitationType, q.exploitationType));
  if (q.year) where.push(sql`${investigations.openedOn} between ${`${q.year}-01-01`} and ${`${q.year}-12-31`}`);
  if (q.police === 'national') where.push(eq(investigations.nationalPolice, true));
  if (q.police === 'foreign') where.push(eq(investigations.foreignPolice, true));
  if (q.mine === 'true') {
    where.push(sql`(${investigations.leadInvestigatorId} = ${viewer.userId} or exists (
      select 1 from investigation_members m where m.investigation_id = ${investigations.id} and m.user_id = ${viewer.userId}))`);
  }
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(investigations)
    .where(and(...where));
  const rows = await selectItems(ctx.db)
    .where(and(...where))
    .orderBy(sql`${investigations.openedOn} desc`, sql`${investigations.number} desc`)
    .limit(q.limit)
    .offset(q.offset);
  return { total: total?.n ?? 0, items: (rows as ListRow[]).map(toItem) };
}

/** Staff who can lead or join an investigation: active investigators and managers. */
export async function assignees(ctx: Ctx, office?: string) {
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, officeCode: users.officeCode })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`${users.roles} && array['investigator', 'manager']::text[]`,
        office ? eq(users.officeCode, office) : undefined,
      ),
    )
    .orderBy(asc(users.name));
  return { items: rows };
}

async function checkStaff(db: Executor, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        eq(users.active, true),
        sql`${users.roles} && array['investigator', 'manager']::text[]`,
      ),
    );
  if (found.length !== new Set(ids).size) throw invalid({ [field]: 'not an active investigator or manager' });
}

async function checkOffice(db: Executor, code: string): Promise<void> {
  const office = await getOffice(db, code);
  if (!office || office.closedOn) throw invalid({ officeCode: office ? 'this office is closed' : 'no such office' });
}

/** Opens an investigation, directly or from reports (which move to `linked` in the queue). */
export async function createInvestigation(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.createBody>) {
  await checkOffice(ctx.db, input.officeCode);
  await checkStaff(ctx.db, input.leadInvestigatorId ? [input.leadInvestigatorId] : [], 'leadInvestigatorId');
  await checkStaff(ctx.db, input.memberIds, 'memberIds');
  const found: { id: string }[] = [];
  const unknown: Record<string, string> = {};
  for (const [i, trackingCode] of input.trackingCodes.entries()) {
    const [report] = await findVisibleReports(ctx, viewer, { trackingCode });
    if (report) found.push(report);
    else unknown[`trackingCodes.${i}`] = 'no such report, or not yours to see';
  }
  if (Object.keys(unknown).length) throw invalid(unknown);
  const summary = input.summary ? await ctx.cipher.encrypt(input.summary, 'investigations.summary') : null;
  const now = ctx.now();
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(investigations)
      .values({
        officeCode: input.officeCode,
        openedOn: input.openedOn,
        status: input.status,
        exploitationType: input.exploitationType ?? null,
        leadInvestigatorId: input.leadInvestigatorId ?? null,
        summary,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: investigations.id, number: investigations.number });
    if (!row) throw new Error('insert returned nothing');
    await tx.insert(investigationStatusChanges).values({
      investigationId: row.id,
      status: input.status,
      on: input.openedOn,
      byUserId: viewer.userId,
      at: now,
    });
    const members = [...new Set(input.memberIds)];
    if (members.length) {
      await tx.insert(investigationMembers).values(members.map((userId) => ({ investigationId: row.id, userId })));
    }
    await linkReports(
      tx,
      viewer,
      row.id,
      found.map((r) => r.id),
      now,
    );
    await recordAudit(tx, actorOf(viewer), {
      action: 'investigation.create',
      recordType: 'investigation',
      recordId: row.id,
      detail: { officeCode: input.officeCode, status: input.status, reports: found.length, members: members.length },
    });
    return row;
  });
  return created;
}

async function linkReports(tx: Executor, viewer: Viewer, investigationId: string, reportIds: string[], now: Date) {
  if (reportIds.length === 0) return;
  await tx
    .insert(investigationReports)
    .values(reportIds.map((reportId) => ({ investigationId, reportId, linkedBy: viewer.userId, linkedAt: now })))
    .onConflictDoNothing();
  await markReportsLinked(tx, actorOf(viewer), reportIds, now);
}

export async function updateInvestigation(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  patch: z.infer<typeof schema.patchBody>,
) {
  await findVisible(ctx.db, viewer, id, 'write');
  if (patch.officeCode) await checkOffice(ctx.db, patch.officeCode);
  if (patch.leadInvestigatorId) await checkStaff(ctx.db, [patch.leadInvestigatorId], 'leadInvestigatorId');
  const { summary, ...rest } = patch;
  const values: Partial<typeof investigations.$inferInsert> = { ...rest, updatedAt: ctx.now() };
  if (summary !== undefined) {
    values.summary = summary ? await ctx.cipher.encrypt(summary, 'investigations.summary') : null;
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(investigations).set(values).where(eq(investigations.id, id));
    await keepInEditorsScope(
      () => findVisible(tx, viewer, id, 'write'),
      scopeField(patch, ['officeCode', 'leadInvestigatorId']),
    );
    await recordAudit(tx, actorOf(viewer), {
      action: 'investigation.update',
      recordType: 'investigation',
      recordId: id,
      detail: { changed: Object.keys(patch) },
    });
  });
  return getInvestigation(ctx, viewer, id);
}

/** A dated status change along STATUS_TRANSITIONS; the milestones the annual report counts are kept as columns. */
export async function changeStatus(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.statusBody>) {
  const row = await findVisible(ctx.db, viewer, id, 'write');
  const from = row.status as keyof typeof STATUS_TRANSITIONS;
  if (!STATUS_TRANSITIONS[from]?.includes(input.status)) {
    throw invalid({ status: `cannot go from ${from} to ${input.status}` });
  }
  if (input.on < row.openedOn) throw invalid({ on: 'before the investigation was opened' });
  if (input.on > ISO(ctx.now())) throw invalid({ on: 'in the future' });
  const milestones: Partial<typeof investigations.$inferInsert> =
    input.status === 'case_opened'
      ? { caseOpenedOn: input.on }
      : input.status === 'closed'
        ? { closedOn: input.on }
        : from === 'closed'
          ? { closedOn: null }
          : {};
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(investigations)
      .set({ status: input.status, ...milestones, updatedAt: ctx.now() })
      .where(eq(investigations.id, id));
    await tx
      .insert(investigationStatusChanges)
      .values({ investigationId: id, status: input.status, on: input.on, byUserId: viewer.userId, at: ctx.now() });
    await recordAudit(tx, actorOf(viewer), {
      action: 'investigation.status',
      recordType: 'investigation',
      recordId: id,
      detail: { from, to: input.status, on: input.on },
    });
  });
  return getInvestigation(ctx, viewer, id);
}

export async function setTeam(ctx: Ctx, viewer: Viewer, id: string, memberIds: string[]) {
  await findVisible(ctx.db, viewer, id, 'write');
  const members = [...new Set(memberIds)];
  await checkStaff(ctx.db, members, 'memberIds');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(investigationMembers).where(eq(investigationMembers.investigationId, id));
    if (members.length) {
      await tx.insert(investigationMembers).values(members.map((userId) => ({ investigationId: id, userId })));
    }
    await keepInEditorsScope(() => findVisible(tx, viewer, id, 'write'), 'memberIds');
    await recordAudit(tx, actorOf(viewer), {
      action: 'investigation.team',
      recordType: 'investigation',
      recordId: id,
      detail: { members },
    });
  });
  return getInvestigation(ctx, viewer, id);
}

export async function linkReport(ctx: Ctx, viewer: Viewer, id: string, trackingCode: string) {
  await findVisible(ctx.db, viewer, id, 'write');
  const [report] = await findVisibleReports(ctx, viewer, { trackingCode });
  if (!report) throw invalid({ trackingCode: 'no such report, or not yours to see' });
  await ctx.db.transaction(async (tx) => {
    await linkReports(tx, viewer, id, [report.id], ctx.now());
    await recordAudit(tx, actorOf(viewer), {
      action: 'investigation.link_report',
      recordType: 'investigation',
      recordId: id,
      detail: { reportId: report.id },
    });
  });
  return getInvestigation(ctx, viewer, id);
}

/**
 * Break the glass: the viewer opens an investigation outside their scope by
 * its number, giving a reason. The look is read-only, lasts GRANT_HOURS,
 * is audited, and waits for review by the managers of the investigation's
 * office. An investigation already in scope opens without a grant.
 */
export async function lookBeyondScope(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.lookBody>) {
  const [row] = await ctx.db
    .select({ id: investigations.id, officeCode: investigations.officeCode, own: sql<boolean>`${inOwnScope(viewer)}` })
    .from(investigations)
    .where(eq(investigations.number, input.number));
  if (!row) throw notFound();
  if (row.own) return { id: row.id, granted: false };
  await ctx.db.transaction((tx) =>
    breakGlass(ctx, tx, {
      userId: viewer.userId,
      recordType: 'investigation',
      recordId: row.id,
      recordLabel: `INV-${String(input.number).padStart(6, '0')}`,
      officeCode: row.officeCode,
      reason: input.reason,
    }),
  );
  return { id: row.id, granted: true };
}
