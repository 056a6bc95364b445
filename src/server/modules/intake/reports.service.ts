import { and, asc, count, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Permission } from '../../../shared/permissions.ts';
import type { ReportStatus } from '../../../shared/reports.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { findUser } from '../accounts/users.service.ts';
import { getOffice } from '../offices/offices.service.ts';
import { canonicalTrackingCode } from './codes.ts';
import { reportMessages, reports, reportUrls } from './intake.table.ts';
import type { closeBody, queueItem, queueQuery, reportDetail, reportPatch } from './reports.schema.ts';
import { defang } from './urls.ts';

/** Who is looking: the queue and every record are filtered by it. */
export type Viewer = { userId: string; officeCode: string; permissions: readonly Permission[] };
type Row = typeof reports.$inferSelect;

/**
 * Triage staff (hotline, managers) see every report; anyone else with
 * `reports:read` (investigators) sees the reports given to their office or to
 * themselves. Applied in SQL, so lists and look-ups agree.
 */
export function visibleTo(viewer: Viewer): SQL | undefined {
  if (viewer.permissions.includes('reports:triage')) return undefined;
  return or(eq(reports.officeCode, viewer.officeCode), eq(reports.assigneeId, viewer.userId));
}

const actorOf = (viewer: Viewer): Actor => ({ userId: viewer.userId });

async function summaryOf(ctx: Ctx, row: Row): Promise<string> {
  const text = await ctx.cipher.decrypt(row.description, 'reports.description');
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

function toItem(row: Row, summary: string, urlCount: number, now: Date): z.infer<typeof queueItem> {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    channel: row.channel as z.infer<typeof queueItem>['channel'],
    category: row.category as z.infer<typeof queueItem>['category'],
    emergency: row.emergency,
    status: row.status as ReportStatus,
    province: row.province,
    officeCode: row.officeCode,
    assigneeId: row.assigneeId,
    receivedAt: row.receivedAt.toISOString(),
    ackDueAt: row.ackDueAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    breached: row.acknowledgedAt === null && row.ackDueAt < now,
    summary,
    urlCount,
  };
}

/** The queue: emergencies first, then the oldest; breaches are flagged on each item. */
export async function listQueue(ctx: Ctx, viewer: Viewer, q: z.infer<typeof queueQuery>) {
  const where = and(
    visibleTo(viewer),
    q.status === 'open' ? ne(reports.status, 'closed') : eq(reports.status, q.status),
    q.channel ? eq(reports.channel, q.channel) : undefined,
    q.officeCode ? eq(reports.officeCode, q.officeCode) : undefined,
    q.mine === 'true' ? eq(reports.assigneeId, viewer.userId) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(reports)
    .where(where)
    .orderBy(desc(reports.emergency), asc(reports.receivedAt))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(reports).where(where);
  const urlCounts = await countUrls(
    ctx,
    rows.map((r) => r.id),
  );
  const now = ctx.now();
  const items = await Promise.all(
    rows.map(async (r) => toItem(r, await summaryOf(ctx, r), urlCounts.get(r.id) ?? 0, now)),
  );
  return { items, total: total?.n ?? 0 };
}

async function countUrls(ctx: Ctx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ reportId: reportUrls.reportId, n: count() })
    .from(reportUrls)
    .where(inArray(reportUrls.reportId, ids))
    .groupBy(reportUrls.reportId);
  return new Map(rows.map((r) => [r.reportId, r.n]));
}

async function findVisible(ctx: Ctx, viewer: Viewer, id: string): Promise<Row> {
  const [row] = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), visibleTo(viewer)));
  if (!row) throw notFound();
  return row;
}

/** One report in full, decrypted; reading a reporter's contact details is audited. */
export async function getReport(ctx: Ctx, viewer: Viewer, id: string): Promise<z.infer<typeof reportDetail>> {
  const row = await findVisible(ctx, viewer, id);
  const mayTriage = viewer.permissions.includes('reports:triage');
  const mayContact = viewer.permissions.includes('reports:contact');
  const urls = await ctx.db
    .select()
    .from(reportUrls)
    .where(eq(reportUrls.reportId, id))
    .orderBy(asc(reportUrls.position));
  const messages = await ctx.db
    .select()
    .from(reportMessages)
    .where(eq(reportMessages.reportId, id))
    .orderBy(asc(reportMessages.createdAt), asc(reportMessages.id));
  const decrypt = (value: string | null, context: string) => (value ? ctx.cipher.decrypt(value, context) : null);
  const contact =
    mayContact && row.contact ? JSON.parse((await decrypt(row.contact, 'reports.contact')) ?? '{}') : null;
  if (contact) {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, actorOf(viewer), { action: 'report.view_contact', recordType: 'report', recordId: id }),
    );
  }
  const earlier = await Promise.all(
    urls.map(async (u) => {
      const [c] = await ctx.db
        .select({ n: count() })
        .from(reportUrls)
        .where(and(eq(reportUrls.urlHash, u.urlHash), ne(reportUrls.reportId, id)));
      return c?.n ?? 0;
    }),
  );
  return {
    ...toItem(row, await summaryOf(ctx, row), urls.length, ctx.now()),
    description: (await decrypt(row.description, 'reports.description')) ?? '',
    place: await decrypt(row.place, 'reports.place'),
    occurredOn: row.occurredOn,
    language: row.language,
    contact,
    contactHidden: !mayContact && row.contact !== null,
    urls: await Promise.all(
      urls.map(async (u, i) => ({
        defanged: defang((await decrypt(u.url, 'report_urls.url')) ?? ''),
        host: u.host,
        reportedBefore: earlier[i] ?? 0,
      })),
    ),
    messages: await Promise.all(
      messages.map(async (m) => ({
        author: m.author === 'reporter' ? ('reporter' as const) : ('staff' as const),
        authorId: m.authorId,
        body: (await decrypt(m.body, 'report_messages.body')) ?? '',
        createdAt: m.createdAt.toISOString(),
      })),
    ),
    closeReason: row.closeReason,
    mergedInto: row.mergedInto,
    actions: mayTriage ? (row.status === 'closed' ? ['note'] : ['triage', 'note', 'close', 'merge']) : [],
  };
}

/** Triage: status, office, assignee, emergency flag. The first change acknowledges the report. */
export async function updateReport(ctx: Ctx, viewer: Viewer, id: string, patch: z.infer<typeof reportPatch>) {
  const row = await findVisible(ctx, viewer, id);
  if (row.status === 'closed') throw invalid({ status: 'this report is closed' });
  if (patch.officeCode) {
    const office = await getOffice(ctx.db, patch.officeCode);
    if (!office || office.closedOn) throw invalid({ officeCode: office ? 'this office is closed' : 'no such office' });
  }
  if (patch.assigneeId) {
    const user = await findUser(ctx.db, patch.assigneeId);
    if (!user?.active) throw invalid({ assigneeId: 'no such active user' });
  }
  const now = ctx.now();
  const changed = Object.keys(patch);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({ ...patch, acknowledgedAt: row.acknowledgedAt ?? now, updatedAt: now })
      .where(eq(reports.id, id));
    await recordAudit(tx, actorOf(viewer), {
      action: 'report.update',
      recordType: 'report',
      recordId: id,
      detail: {
        changed,
        ...(patch.status ? { status: patch.status } : {}),
        ...(row.acknowledgedAt ? {} : { acknowledged: true }),
      },
    });
  });
  return getReport(ctx, viewer, id);
}

/** An internal note (encrypted), never shown to the reporter. */
export async function addNote(ctx: Ctx, viewer: Viewer, id: string, body: string) {
  await findVisible(ctx, viewer, id);
  const encrypted = await ctx.cipher.encrypt(body, 'report_messages.body');
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(reportMessages)
      .values({ reportId: id, author: 'staff', authorId: viewer.userId, body: encrypted, createdAt: ctx.now() });
    await recordAudit(tx, actorOf(viewer), { action: 'report.note', recordType: 'report', recordId: id });
  });
  return getReport(ctx, viewer, id);
}

export async function closeReport(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof closeBody>) {
  const row = await findVisible(ctx, viewer, id);
  if (row.status === 'closed') throw invalid({ reason: 'already closed' });
  await closeWith(ctx, viewer, row, input.reason, null);
  if (input.note) await addNote(ctx, viewer, id, input.note);
  return getReport(ctx, viewer, id);
}

/** Marks a report as a duplicate of another (by tracking code); the reporter then sees the other's status. */
export async function mergeReport(ctx: Ctx, viewer: Viewer, id: string, intoTrackingCode: string) {
  const row = await findVisible(ctx, viewer, id);
  const code = canonicalTrackingCode(intoTrackingCode);
  const [target] = code
    ? await ctx.db
        .select()
        .from(reports)
        .where(and(eq(reports.trackingCode, code), visibleTo(viewer), isNull(reports.mergedInto)))
    : [];
  if (!target) throw invalid({ intoTrackingCode: 'no such report' });
  if (target.id === id) throw invalid({ intoTrackingCode: 'a report cannot be merged into itself' });
  if (row.status === 'closed') throw invalid({ intoTrackingCode: 'this report is closed' });
  await closeWith(ctx, viewer, row, 'duplicate', target.id);
  return getReport(ctx, viewer, id);
}

async function closeWith(ctx: Ctx, viewer: Viewer, row: Row, reason: string, mergedInto: string | null) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({
        status: 'closed',
        closeReason: reason,
        closedAt: now,
        mergedInto,
        acknowledgedAt: row.acknowledgedAt ?? now,
        updatedAt: now,
      })
      .where(eq(reports.id, row.id));
    await recordAudit(tx, actorOf(viewer), {
      action: mergedInto ? 'report.merge' : 'report.close',
      recordType: 'report',
      recordId: row.id,
      detail: { reason, ...(mergedInto ? { mergedInto } : {}) },
    });
  });
}

/**
 * The link point for investigations: reports an investigation takes up move
 * to `linked` in the queue (a closed report stays closed), acknowledged if
 * nobody had yet. Runs in the caller's transaction.
 */
export async function markReportsLinked(tx: Executor, actor: Actor, reportIds: string[], now: Date): Promise<void> {
  if (reportIds.length === 0) return;
  const linked = await tx
    .update(reports)
    .set({ status: 'linked', acknowledgedAt: sql`coalesce(${reports.acknowledgedAt}, ${now})`, updatedAt: now })
    .where(and(inArray(reports.id, reportIds), ne(reports.status, 'closed')))
    .returning({ id: reports.id });
  for (const { id } of linked) {
    await recordAudit(tx, actor, {
      action: 'report.update',
      recordType: 'report',
      recordId: id,
      detail: { status: 'linked' },
    });
  }
}

/** Reports this viewer may see, by id or by the code people read out (for linking elsewhere). */
export async function findVisibleReports(
  ctx: Ctx,
  viewer: Viewer,
  by: { ids?: string[]; trackingCode?: string },
): Promise<Row[]> {
  const code = by.trackingCode === undefined ? undefined : canonicalTrackingCode(by.trackingCode);
  if (code === null) return [];
  const match = code ? eq(reports.trackingCode, code) : inArray(reports.id, by.ids ?? []);
  if (!code && !by.ids?.length) return [];
  return ctx.db
    .select()
    .from(reports)
    .where(and(match, visibleTo(viewer)));
}
