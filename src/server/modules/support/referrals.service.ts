import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PartnerKind } from '../../../shared/partners.ts';
import {
  OPEN_REFERRAL_STATUSES,
  type PartnerService,
  REFERRAL_NEXT,
  type ReferralStatus,
} from '../../../shared/referrals.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { userNames } from '../accounts/users.service.ts';
import { cambodianToday } from '../partners/agreement-state.ts';
import { findPartner } from '../partners/partners.service.ts';
import { partners } from '../partners/partners.table.ts';
import type * as schema from './referrals.schema.ts';
import { supportReferrals } from './referrals.table.ts';
import { supportCases } from './support.table.ts';
import { findVisible, type Viewer, visibleTo } from './support-scope.ts';

type Row = typeof supportReferrals.$inferSelect;
type Joined = {
  referral: Row;
  caseNumber: number;
  partner: { id: string; name: string; kind: string; active: boolean };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Referrals joined with their case and partner, only of cases the viewer may see. */
function selectVisible(db: Executor, viewer: Viewer, where: SQL[]) {
  return db
    .select({
      referral: supportReferrals,
      caseNumber: supportCases.number,
      partner: { id: partners.id, name: partners.name, kind: partners.kind, active: partners.active },
    })
    .from(supportReferrals)
    .innerJoin(supportCases, eq(supportCases.id, supportReferrals.caseId))
    .innerJoin(partners, eq(partners.id, supportReferrals.partnerId))
    .where(and(visibleTo(viewer), ...where));
}

async function toViews(ctx: Ctx, rows: Joined[]): Promise<schema.ReferralView[]> {
  const r = rows.map((row) => row.referral);
  const ids = r.flatMap((x) => [x.sentBy, x.acceptedBy, x.declinedBy, x.completedBy]);
  const names = await userNames(ctx, [...new Set(ids.filter((id): id is string => id !== null))]);
  const by = (id: string) => ({ id, name: names.get(id) ?? '' });
  const step = (on: string | null, id: string | null) => (on && id ? { on, by: by(id) } : null);
  const open = (value: string | null, column: string) =>
    value === null ? null : ctx.cipher.decrypt(value, `support_referrals.${column}`);
  const today = cambodianToday(ctx.now());
  return Promise.all(
    rows.map(async ({ referral: x, caseNumber, partner }) => ({
      id: x.id,
      caseId: x.caseId,
      caseNumber,
      partner: { ...partner, kind: partner.kind as PartnerKind },
      service: x.service as PartnerService,
      reason: await open(x.reason, 'reason'),
      status: x.status as ReferralStatus,
      sent: { on: x.sentOn, by: by(x.sentBy) },
      accepted: step(x.acceptedOn, x.acceptedBy),
      declined: step(x.declinedOn, x.declinedBy),
      declineReason: await open(x.declineReason, 'decline_reason'),
      completed: step(x.completedOn, x.completedBy),
      outcome: await open(x.outcome, 'outcome'),
      days: daysBetween(x.sentOn, x.completedOn ?? x.declinedOn ?? today),
    })),
  );
}

/**
 * Referrals of the cases the viewer may see, grouped by partner (ordered by
 * partner name, then oldest first). With `caseId`, one case's referrals: 404
 * when the viewer may not see that case.
 */
export async function listReferrals(ctx: Ctx, viewer: Viewer, q: z.infer<typeof schema.referralListQuery>) {
  const where: SQL[] = [];
  if (q.caseId) {
    await findVisible(ctx.db, viewer, q.caseId);
    where.push(eq(supportReferrals.caseId, q.caseId));
  }
  if (q.partnerId) where.push(eq(supportReferrals.partnerId, q.partnerId));
  if (q.status === 'open') where.push(inArray(supportReferrals.status, [...OPEN_REFERRAL_STATUSES]));
  else if (q.status !== 'all') where.push(eq(supportReferrals.status, q.status));
  const rows = await selectVisible(ctx.db, viewer, where)
    .orderBy(
      asc(sql`lower(${partners.name})`),
      asc(partners.id),
      asc(supportReferrals.sentOn),
      asc(supportReferrals.createdAt),
    )
    .limit(1000);
  return toViews(ctx, rows);
}

export async function getReferral(ctx: Ctx, viewer: Viewer, id: string) {
  const rows = await selectVisible(ctx.db, viewer, [eq(supportReferrals.id, id)]);
  const [view] = await toViews(ctx, rows);
  if (!view) throw notFound();
  return view;
}

export async function sendReferral(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.referralBody>) {
  const supportCase = await findVisible(ctx.db, viewer, input.caseId);
  if (supportCase.status === 'closed') throw invalid({ caseId: 'the case is closed' });
  const partner = await findPartner(ctx.db, input.partnerId);
  if (!partner?.active) throw invalid({ partnerId: 'not an active partner in the directory' });
  if (input.sentOn > cambodianToday(ctx.now())) throw invalid({ sentOn: 'in the future' });
  if (input.sentOn < supportCase.openedOn) throw invalid({ sentOn: 'before the case was opened' });
  const reason = input.reason ? await ctx.cipher.encrypt(input.reason, 'support_referrals.reason') : null;
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supportReferrals)
      .values({
        caseId: input.caseId,
        partnerId: input.partnerId,
        service: input.service,
        reason,
        status: 'sent',
        sentOn: input.sentOn,
        sentBy: viewer.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: supportReferrals.id });
    if (!row) throw new Error('insert returned nothing');
    // Codes, references and dates only: the reason stays out of the audit log.
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'referral.send',
        recordType: 'referral',
        recordId: row.id,
        detail: { caseId: input.caseId, partnerId: input.partnerId, service: input.service, on: input.sentOn },
      },
    );
    return row.id;
  });
  return getReferral(ctx, viewer, id);
}

/** The columns one step writes: its date, who recorded it, and its encrypted note. */
async function stepColumns(ctx: Ctx, viewer: Viewer, body: schema.TransitionBody) {
  switch (body.status) {
    case 'accepted':
      return { acceptedOn: body.on, acceptedBy: viewer.userId };
    case 'declined':
      return {
        declinedOn: body.on,
        declinedBy: viewer.userId,
        declineReason: await ctx.cipher.encrypt(body.reason, 'support_referrals.decline_reason'),
      };
    case 'completed':
      return {
        completedOn: body.on,
        completedBy: viewer.userId,
        outcome: await ctx.cipher.encrypt(body.outcome, 'support_referrals.outcome'),
      };
  }
}

const ACTION: Record<schema.TransitionBody['status'], string> = {
  accepted: 'referral.accept',
  declined: 'referral.decline',
  completed: 'referral.complete',
};

/** Moves a referral one step on (sent → accepted | declined; accepted → completed). */
export async function changeReferral(ctx: Ctx, viewer: Viewer, id: string, body: schema.TransitionBody) {
  const [found] = await selectVisible(ctx.db, viewer, [eq(supportReferrals.id, id)]);
  if (!found) throw notFound();
  const from = found.referral.status as ReferralStatus;
  if (!REFERRAL_NEXT[from].includes(body.status)) {
    throw invalid({ status: `a ${from} referral cannot be ${body.status}` });
  }
  const previous = found.referral.acceptedOn ?? found.referral.sentOn;
  if (body.on < previous) throw invalid({ on: `before the referral was ${from}` });
  if (body.on > cambodianToday(ctx.now())) throw invalid({ on: 'in the future' });
  const columns = await stepColumns(ctx, viewer, body);
  await ctx.db.transaction(async (tx) => {
    // Only from the status read above: two people answering at once cannot both win.
    const [row] = await tx
      .update(supportReferrals)
      .set({ ...columns, status: body.status, updatedAt: ctx.now() })
      .where(and(eq(supportReferrals.id, id), eq(supportReferrals.status, from)))
      .returning({ id: supportReferrals.id });
    if (!row) throw conflict('the referral was changed meanwhile: reload it');
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: ACTION[body.status],
        recordType: 'referral',
        recordId: id,
        detail: { caseId: found.referral.caseId, partnerId: found.partner.id, from, on: body.on },
      },
    );
  });
  return getReferral(ctx, viewer, id);
}
