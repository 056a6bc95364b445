import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { notFound } from '../../platform/errors.ts';
import type * as schema from './court.schema.ts';
import { courtCharges } from './court.table.ts';
import type { Viewer } from './court-scope.ts';

/** The charges list: everyone signed in reads it; administrators add, rename and deactivate (never delete). */
export async function listCharges(ctx: Ctx) {
  const items = await ctx.db
    .select({
      id: courtCharges.id,
      code: courtCharges.code,
      labelEn: courtCharges.labelEn,
      labelKm: courtCharges.labelKm,
      active: courtCharges.active,
      inUse: sql<boolean>`exists (select 1 from court_defendant_charges c where c.charge_id = ${courtCharges.id})`,
    })
    .from(courtCharges)
    .orderBy(asc(courtCharges.sortOrder), asc(courtCharges.labelEn));
  return { items };
}

export async function addCharge(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.chargeBody>) {
  await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(courtCharges)
      .values({ ...input, createdAt: ctx.now(), updatedAt: ctx.now() })
      .returning({ id: courtCharges.id });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      { action: 'court.charge_add', recordType: 'court_charge', recordId: created?.id },
    );
  });
  return listCharges(ctx);
}

export async function updateCharge(ctx: Ctx, viewer: Viewer, id: string, patch: z.infer<typeof schema.chargePatch>) {
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(courtCharges)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(eq(courtCharges.id, id))
      .returning({ id: courtCharges.id });
    if (!updated) throw notFound();
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'court.charge_update',
        recordType: 'court_charge',
        recordId: id,
        detail: { fields: Object.keys(patch), active: patch.active },
      },
    );
  });
  return listCharges(ctx);
}
