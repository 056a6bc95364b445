import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { serviceDepartment } from '../../../shared/support.ts';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, conflict, invalid } from '../../platform/errors.ts';
import { findPartner } from '../partners/partners.service.ts';
import type * as schema from './support.schema.ts';
import { change, checkSupportStaff } from './support.service.ts';
import {
  supportCases,
  supportClosures,
  supportConsents,
  supportFollowUps,
  supportGoals,
  supportPlacements,
  supportServices,
} from './support.table.ts';
import { getSupportCase, today } from './support-detail.ts';
import { findVisible, isOfficeManager, type Viewer } from './support-scope.ts';

/**
 * The social worker's and lawyer's work on a case: assessment, consent, plan,
 * placement, services, follow-ups, and the closure with a manager's approval.
 * Audit details carry codes, dates and ids only, never free text.
 */
const seal = (ctx: Ctx, value: string | undefined, column: string) =>
  value ? ctx.cipher.encrypt(value, column) : Promise.resolve(null);
const notInFuture = (ctx: Ctx, on: string, field: string) => {
  if (on > today(ctx)) throw invalid({ [field]: 'in the future' });
};

export async function recordAssessment(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  input: z.infer<typeof schema.assessmentBody>,
) {
  notInFuture(ctx, input.assessedOn, 'assessedOn');
  const assessment = await seal(ctx, input.assessment, 'support_cases.assessment');
  const needsNotes = await seal(ctx, input.needsNotes, 'support_cases.needs_notes');
  const detail = { riskLevel: input.riskLevel, assessedOn: input.assessedOn, needs: input.needs };
  return change(ctx, viewer, id, 'support.assessment', detail, async (tx) => {
    await tx
      .update(supportCases)
      .set({
        riskLevel: input.riskLevel,
        assessedOn: input.assessedOn,
        assessedBy: viewer.userId,
        assessment,
        needs: [...new Set(input.needs)],
        needsNotes,
        updatedAt: ctx.now(),
      })
      .where(eq(supportCases.id, id));
  });
}

export async function recordConsent(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.consentBody>) {
  notInFuture(ctx, input.givenOn, 'givenOn');
  const notes = await seal(ctx, input.notes, 'support_consents.notes');
  const scope = [...new Set(input.scope)];
  const detail = { givenBy: input.givenBy, givenOn: input.givenOn, scope };
  return change(ctx, viewer, id, 'support.consent', detail, async (tx) => {
    await tx.insert(supportConsents).values({
      caseId: id,
      givenBy: input.givenBy,
      givenOn: input.givenOn,
      scope,
      notes,
      recordedBy: viewer.userId,
      recordedAt: ctx.now(),
    });
  });
}

export async function addGoal(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.goalBody>) {
  const goal = (await seal(ctx, input.goal, 'support_goals.goal')) as string;
  return change(ctx, viewer, id, 'support.goal', { targetOn: input.targetOn ?? null }, async (tx) => {
    await tx.insert(supportGoals).values({
      caseId: id,
      goal,
      targetOn: input.targetOn ?? null,
      status: 'open',
      createdBy: viewer.userId,
      createdAt: ctx.now(),
    });
  });
}

export async function setGoalStatus(ctx: Ctx, viewer: Viewer, id: string, goalId: string, status: string) {
  return change(ctx, viewer, id, 'support.goal_status', { goalId, status }, async (tx) => {
    const [done] = await tx
      .update(supportGoals)
      .set({ status })
      .where(and(eq(supportGoals.id, goalId), eq(supportGoals.caseId, id)))
      .returning({ id: supportGoals.id });
    if (!done) throw invalid({ goalId: 'not a goal of this case' });
  });
}

/** The decision on the safest place for the child, and who took it. */
export async function decidePlacement(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  input: z.infer<typeof schema.placementBody>,
) {
  notInFuture(ctx, input.decidedOn, 'decidedOn');
  if (input.partnerId && !(await findPartner(ctx.db, input.partnerId))) throw invalid({ partnerId: 'no such partner' });
  if ((input.placement === 'shelter' || input.placement === 'partner_ngo') === false && input.partnerId) {
    throw invalid({ partnerId: 'only a shelter or a partner NGO is a partner' });
  }
  const decidedBy = input.decidedById ?? viewer.userId;
  if (input.decidedById) await checkSupportStaff(ctx.db, [input.decidedById], 'decidedById');
  const reason = await seal(ctx, input.reason, 'support_placements.reason');
  const detail = {
    placement: input.placement,
    decidedOn: input.decidedOn,
    decidedBy,
    partnerId: input.partnerId ?? null,
  };
  return change(ctx, viewer, id, 'support.placement', detail, async (tx) => {
    await tx.insert(supportPlacements).values({
      caseId: id,
      placement: input.placement,
      partnerId: input.partnerId ?? null,
      decidedOn: input.decidedOn,
      decidedBy,
      reason,
      createdAt: ctx.now(),
    });
  });
}

/** A service given to the client: the row the annual report counts (one table for the app and imports). */
export async function addService(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.serviceBody>) {
  notInFuture(ctx, input.deliveredOn, 'deliveredOn');
  const notes = await seal(ctx, input.notes, 'support_services.notes');
  const detail = {
    service: input.service,
    department: serviceDepartment(input.service),
    deliveredOn: input.deliveredOn,
    notes: notes !== null,
  };
  return change(ctx, viewer, id, 'support.service', detail, async (tx, row) => {
    await tx.insert(supportServices).values({
      caseId: id,
      personId: row.personId,
      service: input.service,
      deliveredOn: input.deliveredOn,
      provider: input.provider || null,
      notes,
      createdBy: viewer.userId,
      createdAt: ctx.now(),
    });
  });
}

export async function addFollowUp(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.followUpBody>) {
  if (input.assigneeId) await checkSupportStaff(ctx.db, [input.assigneeId], 'assigneeId');
  const title = (await seal(ctx, input.title, 'support_follow_ups.title')) as string;
  const detail = { dueOn: input.dueOn, assigneeId: input.assigneeId ?? null };
  return change(ctx, viewer, id, 'support.follow_up', detail, async (tx) => {
    await tx.insert(supportFollowUps).values({
      caseId: id,
      title,
      dueOn: input.dueOn,
      assigneeId: input.assigneeId ?? null,
      createdBy: viewer.userId,
      createdAt: ctx.now(),
    });
  });
}

export async function completeFollowUp(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  followUpId: string,
  input: z.infer<typeof schema.followUpDoneBody>,
) {
  notInFuture(ctx, input.doneOn, 'doneOn');
  const outcome = await seal(ctx, input.outcome, 'support_follow_ups.outcome');
  return change(ctx, viewer, id, 'support.follow_up_done', { followUpId, doneOn: input.doneOn }, async (tx) => {
    const [done] = await tx
      .update(supportFollowUps)
      .set({ doneOn: input.doneOn, doneBy: viewer.userId, outcome })
      .where(and(eq(supportFollowUps.id, followUpId), eq(supportFollowUps.caseId, id), isNull(supportFollowUps.doneOn)))
      .returning({ id: supportFollowUps.id });
    if (!done) throw invalid({ followUpId: 'not an open follow-up of this case' });
  });
}

/** Asks a manager to close the case; the case waits in `closure_requested`. */
export async function requestClosure(ctx: Ctx, viewer: Viewer, id: string, reason: string) {
  const sealed = (await seal(ctx, reason, 'support_closures.reason')) as string;
  return change(ctx, viewer, id, 'support.closure_request', {}, async (tx, row) => {
    if (row.status !== 'open') throw conflict('closure is already requested');
    await tx.insert(supportClosures).values({
      caseId: id,
      requestedBy: viewer.userId,
      requestedAt: ctx.now(),
      reason: sealed,
    });
    await tx
      .update(supportCases)
      .set({ status: 'closure_requested', updatedAt: ctx.now() })
      .where(eq(supportCases.id, id));
  });
}

const notYours = () => new AppError(403, 'forbidden', 'only a manager of the case office may decide');
const fourEyes = () => new AppError(403, 'four_eyes', 'the closure must be decided by someone other than who asked');

/** A manager of the case's office approves (the case closes today) or rejects (it reopens) the pending request. */
export async function decideClosure(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  input: z.infer<typeof schema.closureDecisionBody>,
) {
  const row = await findVisible(ctx.db, viewer, id);
  if (!isOfficeManager(viewer, row.officeCode)) throw notYours();
  const [pending] = await ctx.db
    .select()
    .from(supportClosures)
    .where(and(eq(supportClosures.caseId, id), isNull(supportClosures.decision)));
  if (!pending || row.status !== 'closure_requested') throw conflict('no closure is waiting for a decision');
  if (pending.requestedBy === viewer.userId) throw fourEyes();
  const decisionReason = await seal(ctx, input.reason, 'support_closures.decision_reason');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // Only the first of two simultaneous decisions wins.
    const [won] = await tx
      .update(supportClosures)
      .set({ decision: input.decision, decidedBy: viewer.userId, decidedAt: now, decisionReason })
      .where(and(eq(supportClosures.id, pending.id), isNull(supportClosures.decision)))
      .returning({ id: supportClosures.id });
    if (!won) throw conflict('no closure is waiting for a decision');
    await tx
      .update(supportCases)
      .set(
        input.decision === 'approved'
          ? { status: 'closed', closedOn: today(ctx), updatedAt: now }
          : { status: 'open', updatedAt: now },
      )
      .where(eq(supportCases.id, id));
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: input.decision === 'approved' ? 'support.closure_approve' : 'support.closure_reject',
        recordType: 'support_case',
        recordId: id,
        detail: { closureId: pending.id, requestedBy: pending.requestedBy },
      },
    );
  });
  return getSupportCase(ctx, viewer, id);
}
