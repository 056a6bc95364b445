import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import type * as schema from './partners.schema.ts';
import { findPartner, getPartner } from './partners.service.ts';
import { partnerAgreements } from './partners.table.ts';

type UserActor = { userId: string };

const sealNotes = async (ctx: Ctx, notes: string | null | undefined) =>
  notes ? ctx.cipher.encrypt(notes, 'partner_agreements.notes') : null;

/**
 * Runs a change to a partner's agreements with its audit row in one
 * transaction, and answers the whole partner as its page shows it. Audit
 * details hold kinds, dates and field names: never the notes.
 */
async function change(
  ctx: Ctx,
  actor: UserActor,
  partnerId: string,
  action: string,
  write: (tx: Executor) => Promise<Record<string, unknown>>,
) {
  if (!(await findPartner(ctx.db, partnerId))) throw notFound();
  await ctx.db.transaction(async (tx) => {
    const detail = await write(tx);
    await recordAudit(tx, actor, { action, recordType: 'partner', recordId: partnerId, detail });
  });
  return getPartner(ctx, partnerId);
}

export async function addAgreement(
  ctx: Ctx,
  actor: UserActor,
  partnerId: string,
  input: z.infer<typeof schema.agreementBody>,
) {
  const notes = await sealNotes(ctx, input.notes);
  return change(ctx, actor, partnerId, 'partner.agreement_add', async (tx) => {
    const [row] = await tx
      .insert(partnerAgreements)
      .values({
        partnerId,
        kind: input.kind,
        signedOn: input.signedOn,
        expiresOn: input.expiresOn ?? null,
        notes,
        createdBy: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: partnerAgreements.id });
    return { agreementId: row?.id, kind: input.kind, signedOn: input.signedOn, expiresOn: input.expiresOn ?? null };
  });
}

async function agreementOf(db: Executor, partnerId: string, agreementId: string) {
  const [row] = await db
    .select()
    .from(partnerAgreements)
    .where(and(eq(partnerAgreements.id, agreementId), eq(partnerAgreements.partnerId, partnerId)));
  if (!row) throw notFound();
  return row;
}

export async function updateAgreement(
  ctx: Ctx,
  actor: UserActor,
  partnerId: string,
  agreementId: string,
  patch: z.infer<typeof schema.agreementPatch>,
) {
  const notes = patch.notes === undefined ? undefined : await sealNotes(ctx, patch.notes);
  return change(ctx, actor, partnerId, 'partner.agreement_update', async (tx) => {
    const current = await agreementOf(tx, partnerId, agreementId);
    const signedOn = patch.signedOn ?? current.signedOn;
    const expiresOn = patch.expiresOn === undefined ? current.expiresOn : patch.expiresOn;
    if (expiresOn !== null && expiresOn < signedOn) throw invalid({ expiresOn: 'before the agreement was signed' });
    await tx
      .update(partnerAgreements)
      .set({ ...patch, ...(notes === undefined ? {} : { notes }), updatedAt: ctx.now() })
      .where(eq(partnerAgreements.id, agreementId));
    return { agreementId, changed: Object.keys(patch) };
  });
}

/** An agreement entered by mistake is removed; one that ended stays, marked expired. */
export async function removeAgreement(ctx: Ctx, actor: UserActor, partnerId: string, agreementId: string) {
  return change(ctx, actor, partnerId, 'partner.agreement_remove', async (tx) => {
    const current = await agreementOf(tx, partnerId, agreementId);
    await tx.delete(partnerAgreements).where(eq(partnerAgreements.id, agreementId));
    return { agreementId, kind: current.kind };
  });
}
