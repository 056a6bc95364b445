import { asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import type { createItemBody, patchItemBody } from './indicators.schema.ts';
import { standardsAnswers, standardsItems } from './indicators.table.ts';

type Admin = { userId: string };

/** Every checklist item, active or not, in checklist order, with how many court cases answered it. */
export async function listItems(db: Executor) {
  const used = db
    .select({ itemId: standardsAnswers.itemId, n: count().as('n') })
    .from(standardsAnswers)
    .groupBy(standardsAnswers.itemId)
    .as('used');
  const rows = await db
    .select({
      id: standardsItems.id,
      code: standardsItems.code,
      labelEn: standardsItems.labelEn,
      labelKm: standardsItems.labelKm,
      active: standardsItems.active,
      sortOrder: standardsItems.sortOrder,
      answers: sql<number>`coalesce(${used.n}, 0)::int`,
    })
    .from(standardsItems)
    .leftJoin(used, eq(used.itemId, standardsItems.id))
    .orderBy(asc(standardsItems.sortOrder), asc(standardsItems.createdAt));
  return { items: rows.map((r) => ({ ...r, answers: Number(r.answers) })) };
}

/** A new item goes to the end of the checklist. */
export async function createItem(ctx: Ctx, admin: Admin, input: z.infer<typeof createItemBody>) {
  await ctx.db.transaction(async (tx) => {
    const [last] = await tx.select({ max: sql<number | null>`max(${standardsItems.sortOrder})` }).from(standardsItems);
    const [row] = await tx
      .insert(standardsItems)
      .values({ ...input, sortOrder: Number(last?.max ?? 0) + 10, createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning({ id: standardsItems.id });
    await recordAudit(tx, admin, { action: 'indicators.item_create', recordType: 'standards_item', recordId: row?.id });
  });
  return listItems(ctx.db);
}

/** Rewording or (de)activating; the audit names the fields changed, not the wording. */
export async function updateItem(ctx: Ctx, admin: Admin, id: string, patch: z.infer<typeof patchItemBody>) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(standardsItems)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(eq(standardsItems.id, id))
      .returning({ id: standardsItems.id });
    if (!row) throw notFound();
    await recordAudit(tx, admin, {
      action: 'indicators.item_update',
      recordType: 'standards_item',
      recordId: id,
      detail: { fields: Object.keys(patch).sort(), ...(patch.active === undefined ? {} : { active: patch.active }) },
    });
  });
  return listItems(ctx.db);
}

/** The whole checklist in its new order: every item exactly once. */
export async function reorderItems(ctx: Ctx, admin: Admin, ids: string[]) {
  await ctx.db.transaction(async (tx) => {
    const existing = await tx.select({ id: standardsItems.id }).from(standardsItems);
    const known = new Set(existing.map((r) => r.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((i) => known.has(i))) {
      throw invalid({ ids: 'list every item exactly once' });
    }
    for (const [index, id] of ids.entries()) {
      await tx
        .update(standardsItems)
        .set({ sortOrder: (index + 1) * 10 })
        .where(eq(standardsItems.id, id));
    }
    await recordAudit(tx, admin, { action: 'indicators.item_reorder', recordType: 'standards_item' });
  });
  return listItems(ctx.db);
}

/** Only an item no court case has answered may go; a used one is deactivated instead. */
export async function deleteItem(ctx: Ctx, admin: Admin, id: string) {
  await ctx.db.transaction(async (tx) => {
    const [used] = await tx.select({ n: count() }).from(standardsAnswers).where(eq(standardsAnswers.itemId, id));
    if (Number(used?.n ?? 0) > 0) throw conflict('court cases answered this item: deactivate it instead');
    const [row] = await tx.delete(standardsItems).where(eq(standardsItems.id, id)).returning({ id: standardsItems.id });
    if (!row) throw notFound();
    await recordAudit(tx, admin, { action: 'indicators.item_delete', recordType: 'standards_item', recordId: id });
  });
  return listItems(ctx.db);
}
