import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import { users } from '../accounts/accounts.table.ts';
import { findPartner } from '../partners/partners.service.ts';
import { getInvestigation } from './investigation-detail.ts';
import { findVisible, type Viewer } from './investigation-scope.ts';
import {
  evidenceItems,
  evidenceTransfers,
  investigationAgencies,
  investigationNotes,
  investigationTasks,
  liaisonActions,
} from './investigation-work.table.ts';
import type * as schema from './investigations.schema.ts';
import { investigations } from './investigations.table.ts';

const seal = (ctx: Ctx, value: string, column: string) => ctx.cipher.encrypt(value, column);
const _open = (ctx: Ctx, value: string | null, column: string) =>
  value === null ? null : ctx.cipher.decrypt(value, column);

/** Runs a change to an investigation the viewer may see, with its audit row, in one transaction. */
async function change(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  action: string,
  detail: Record<string, unknown>,
  write: (tx: Executor) => Promise<void>,
) {
  await findVisible(ctx.db, viewer, id, 'write');
  await ctx.db.transaction(async (tx) => {
    await write(tx);
    await recordAudit(tx, { userId: viewer.userId }, { action, recordType: 'investigation', recordId: id, detail });
  });
  return getInvestigation(ctx, viewer, id);
}

export async function addNote(ctx: Ctx, viewer: Viewer, id: string, body: string) {
  const sealed = await seal(ctx, body, 'investigation_notes.body');
  return change(ctx, viewer, id, 'investigation.note', {}, async (tx) => {
    await tx
      .insert(investigationNotes)
      .values({ investigationId: id, authorId: viewer.userId, body: sealed, createdAt: ctx.now() });
  });
}

export async function addTask(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.taskBody>) {
  if (input.ownerId) {
    const [owner] = await ctx.db.select({ active: users.active }).from(users).where(eq(users.id, input.ownerId));
    if (!owner?.active) throw invalid({ ownerId: 'no such active user' });
  }
  const title = await seal(ctx, input.title, 'investigation_tasks.title');
  return change(ctx, viewer, id, 'investigation.task', { dueOn: input.dueOn ?? null }, async (tx) => {
    await tx.insert(investigationTasks).values({
      investigationId: id,
      title,
      ownerId: input.ownerId ?? null,
      dueOn: input.dueOn ?? null,
      createdBy: viewer.userId,
      createdAt: ctx.now(),
    });
  });
}

export async function setTaskDone(ctx: Ctx, viewer: Viewer, id: string, taskId: string, done: boolean) {
  return change(
    ctx,
    viewer,
    id,
    done ? 'investigation.task_done' : 'investigation.task_reopen',
    { taskId },
    async (tx) => {
      const [task] = await tx
        .update(investigationTasks)
        .set({ doneAt: done ? ctx.now() : null })
        .where(and(eq(investigationTasks.id, taskId), eq(investigationTasks.investigationId, id)))
        .returning({ id: investigationTasks.id });
      if (!task) throw invalid({ taskId: 'not a task of this investigation' });
    },
  );
}

export async function addEvidence(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.evidenceBody>) {
  const description = await seal(ctx, input.description, 'evidence_items.description');
  return change(
    ctx,
    viewer,
    id,
    'investigation.evidence',
    { kind: input.kind, collectedOn: input.collectedOn },
    async (tx) => {
      await tx.insert(evidenceItems).values({
        investigationId: id,
        kind: input.kind,
        description,
        collectedOn: input.collectedOn,
        collectedBy: viewer.userId,
        holder: input.holder,
        createdAt: ctx.now(),
      });
    },
  );
}

/** A hand-over in the chain of custody: the item's holder changes, the transfer is kept. */
export async function transferEvidence(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  evidenceId: string,
  input: z.infer<typeof schema.transferBody>,
) {
  return change(ctx, viewer, id, 'investigation.evidence_transfer', { evidenceId, on: input.on }, async (tx) => {
    const [item] = await tx
      .select()
      .from(evidenceItems)
      .where(and(eq(evidenceItems.id, evidenceId), eq(evidenceItems.investigationId, id)));
    if (!item) throw invalid({ evidenceId: 'not evidence of this investigation' });
    if (input.on < item.collectedOn) throw invalid({ on: 'before the item was collected' });
    await tx.insert(evidenceTransfers).values({
      evidenceId,
      fromHolder: item.holder,
      toHolder: input.toHolder,
      on: input.on,
      reason: input.reason ?? null,
      recordedBy: viewer.userId,
      at: ctx.now(),
    });
    await tx.update(evidenceItems).set({ holder: input.toHolder }).where(eq(evidenceItems.id, evidenceId));
  });
}

/**
 * A police unit or agency from the partner directory cooperates: the contract's
 * booleans follow (Cambodian police → national, any other country → foreign).
 */
export async function addAgency(ctx: Ctx, viewer: Viewer, id: string, partnerId: string) {
  const partner = await findPartner(ctx.db, partnerId);
  if (!partner?.active || !['police', 'government'].includes(partner.kind)) {
    throw invalid({ partnerId: 'not an active police unit or government body in the directory' });
  }
  const foreign = partner.country !== null && partner.country !== 'KH';
  return change(ctx, viewer, id, 'investigation.agency', { partnerId, foreign }, async (tx) => {
    await tx
      .insert(investigationAgencies)
      .values({ investigationId: id, partnerId, addedAt: ctx.now() })
      .onConflictDoNothing();
    await tx
      .update(investigations)
      .set(foreign ? { foreignPolice: true } : { nationalPolice: true })
      .where(eq(investigations.id, id));
  });
}

export async function addLiaison(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.liaisonBody>) {
  // Scope first: someone outside it must not learn which agencies cooperate on the investigation.
  await findVisible(ctx.db, viewer, id, 'write');
  const [cooperating] = await ctx.db
    .select()
    .from(investigationAgencies)
    .where(and(eq(investigationAgencies.investigationId, id), eq(investigationAgencies.partnerId, input.partnerId)));
  if (!cooperating) throw invalid({ partnerId: 'add this agency to the investigation first' });
  const note = input.note ? await seal(ctx, input.note, 'liaison_actions.note') : null;
  return change(
    ctx,
    viewer,
    id,
    'investigation.liaison',
    { partnerId: input.partnerId, kind: input.kind, on: input.on },
    async (tx) => {
      await tx.insert(liaisonActions).values({
        investigationId: id,
        partnerId: input.partnerId,
        kind: input.kind,
        on: input.on,
        note,
        byUserId: viewer.userId,
        at: ctx.now(),
      });
    },
  );
}
