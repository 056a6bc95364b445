import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import { keepInEditorsScope, scopeField } from '../../platform/keep-in-scope.ts';
import { users } from '../accounts/accounts.table.ts';
import {
  findVisible as findVisibleInvestigation,
  visibleTo as investigationVisibleTo,
} from '../investigations/investigation-scope.ts';
import { investigations } from '../investigations/investigations.table.ts';
import { getOffice } from '../offices/offices.service.ts';
import { displayName, pseudonym } from '../people/people.service.ts';
import { involvements, people } from '../people/people.table.ts';
import type * as schema from './court.schema.ts';
import {
  compensationOrders,
  compensationPayments,
  courtCaseMembers,
  courtCases,
  courtCharges,
  courtClients,
  courtDefendantCharges,
  courtDefendants,
} from './court.table.ts';
import { todayInCambodia } from './court-arithmetic.ts';
import { getCourtCase, investigationPeople } from './court-detail.ts';
import { findVisible, type Viewer, visibleTo } from './court-scope.ts';

/** Staff who may be a case's lawyer or on its team. */
const COURT_STAFF_ROLES = ['lawyer', 'manager', 'social_worker'];
const CLIENT_ROLES = ['victim', 'family_member'];

/** Runs a change to a court case the viewer may see, with its audit row, in one transaction. */
export async function change(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  action: string,
  detail: Record<string, unknown>,
  write: (tx: Executor, current: typeof courtCases.$inferSelect) => Promise<void>,
) {
  const current = await findVisible(ctx.db, viewer, id);
  await ctx.db.transaction(async (tx) => {
    await write(tx, current);
    await tx.update(courtCases).set({ updatedAt: ctx.now() }).where(eq(courtCases.id, id));
    await recordAudit(tx, { userId: viewer.userId }, { action, recordType: 'court_case', recordId: id, detail });
  });
  return getCourtCase(ctx, viewer, id);
}

export async function courtStaff(ctx: Ctx, office?: string) {
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, officeCode: users.officeCode })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`${users.roles} && array['lawyer', 'manager', 'social_worker']::text[]`,
        office ? eq(users.officeCode, office) : undefined,
      ),
    )
    .orderBy(asc(users.name));
  return { items: rows };
}

async function checkStaff(db: Executor, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  const ok = found.filter((u) => u.roles.some((r) => COURT_STAFF_ROLES.includes(r)));
  if (ok.length !== new Set(ids).size) throw invalid({ [field]: 'not an active lawyer, social worker or manager' });
}

async function checkOffice(db: Executor, code: string): Promise<void> {
  const office = await getOffice(db, code);
  if (!office || office.closedOn) throw invalid({ officeCode: office ? 'this office is closed' : 'no such office' });
}

async function checkDefendants(db: Executor, investigationId: string, ids: string[], field: string) {
  const found = await investigationPeople(db, investigationId, ids);
  const offenders = found.filter((f) => (OFFENDER_ROLES as readonly string[]).includes(f.role));
  if (offenders.length !== new Set(ids).size) {
    throw invalid({ [field]: 'not a perpetrator or accomplice of this investigation' });
  }
}

/** Investigations the viewer may open a court case for (the scope of the investigations module). */
export async function openableInvestigations(ctx: Ctx, viewer: Viewer) {
  const rows = await ctx.db
    .select({
      id: investigations.id,
      number: investigations.number,
      officeCode: investigations.officeCode,
      openedOn: investigations.openedOn,
      offenders: sql<number>`(select count(*)::int from involvements v where v.investigation_id = ${investigations.id} and v.role in ('perpetrator', 'accomplice'))`,
    })
    .from(investigations)
    .where(investigationVisibleTo(viewer))
    .orderBy(sql`${investigations.number} desc`)
    .limit(500);
  return { items: rows };
}

/** The perpetrators and accomplices of an investigation the viewer can see: the defendants to choose from. */
export async function investigationOffenders(ctx: Ctx, viewer: Viewer, investigationId: string) {
  await findVisibleInvestigation(ctx.db, viewer, investigationId);
  const mayIdentify = viewer.permissions.includes('people:identify');
  const rows = await ctx.db
    .select({ involvement: involvements, person: people })
    .from(involvements)
    .innerJoin(people, eq(people.id, involvements.personId))
    .where(and(eq(involvements.investigationId, investigationId), inArray(involvements.role, [...OFFENDER_ROLES])))
    .orderBy(asc(involvements.createdAt), asc(involvements.id));
  return {
    items: rows.map(({ involvement, person }) => ({
      involvementId: involvement.id,
      personId: person.id,
      pseudonym: pseudonym(person.number),
      displayName: displayName(person, mayIdentify),
      role: involvement.role as (typeof OFFENDER_ROLES)[number],
    })),
  };
}

/** Opens a court case for an investigation the viewer can see; its office is the investigation's unless chosen. */
export async function createCourtCase(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.createBody>) {
  let investigation: typeof investigations.$inferSelect;
  try {
    investigation = await findVisibleInvestigation(ctx.db, viewer, input.investigationId);
  } catch {
    throw invalid({ investigationId: 'no such investigation, or not yours to see' });
  }
  const officeCode = input.officeCode ?? investigation.officeCode;
  if (!officeCode) throw invalid({ officeCode: 'the investigation has no office: choose one' });
  await checkOffice(ctx.db, officeCode);
  await checkStaff(ctx.db, input.lawyerId ? [input.lawyerId] : [], 'lawyerId');
  await checkStaff(ctx.db, input.memberIds, 'memberIds');
  await checkDefendants(ctx.db, investigation.id, input.defendantIds, 'defendantIds');
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(courtCases)
      .values({
        investigationId: investigation.id,
        officeCode,
        courtCode: input.courtCode,
        caseNumber: input.caseNumber || null,
        stage: input.stage,
        openedOn: input.openedOn,
        lawyerId: input.lawyerId ?? null,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning({ id: courtCases.id, number: courtCases.number });
    if (!created) throw new Error('insert returned nothing');
    const members = [...new Set(input.memberIds)];
    if (members.length) {
      await tx.insert(courtCaseMembers).values(members.map((userId) => ({ courtCaseId: created.id, userId })));
    }
    const defendants = [...new Set(input.defendantIds)];
    if (defendants.length) {
      await tx
        .insert(courtDefendants)
        .values(defendants.map((involvementId) => ({ courtCaseId: created.id, involvementId })));
    }
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'court_case.create',
        recordType: 'court_case',
        recordId: created.id,
        detail: {
          investigationId: investigation.id,
          officeCode,
          courtCode: input.courtCode,
          stage: input.stage,
          members: members.length,
          defendants: defendants.length,
        },
      },
    );
    return created;
  });
}

export async function updateCourtCase(ctx: Ctx, viewer: Viewer, id: string, patch: z.infer<typeof schema.patchBody>) {
  if (patch.officeCode) await checkOffice(ctx.db, patch.officeCode);
  if (patch.lawyerId) await checkStaff(ctx.db, [patch.lawyerId], 'lawyerId');
  // The audit keeps which fields changed and the codes, never the court's case number.
  const detail = { fields: Object.keys(patch), stage: patch.stage, courtCode: patch.courtCode };
  return change(ctx, viewer, id, 'court_case.update', detail, async (tx) => {
    await tx.update(courtCases).set(patch).where(eq(courtCases.id, id));
    await keepInEditorsScope(() => findVisible(tx, viewer, id), scopeField(patch, ['officeCode', 'lawyerId']));
  });
}

export async function setTeam(ctx: Ctx, viewer: Viewer, id: string, memberIds: string[]) {
  await checkStaff(ctx.db, memberIds, 'memberIds');
  const members = [...new Set(memberIds)];
  return change(ctx, viewer, id, 'court_case.team', { members: members.length }, async (tx) => {
    await tx.delete(courtCaseMembers).where(eq(courtCaseMembers.courtCaseId, id));
    if (members.length)
      await tx.insert(courtCaseMembers).values(members.map((userId) => ({ courtCaseId: id, userId })));
    await keepInEditorsScope(() => findVisible(tx, viewer, id), 'memberIds');
  });
}

export async function addDefendant(ctx: Ctx, viewer: Viewer, id: string, involvementId: string) {
  const current = await findVisible(ctx.db, viewer, id);
  await checkDefendants(ctx.db, current.investigationId, [involvementId], 'involvementId');
  return change(ctx, viewer, id, 'court_case.defendant_add', { involvementId }, async (tx) => {
    await tx.insert(courtDefendants).values({ courtCaseId: id, involvementId }).onConflictDoNothing();
  });
}

export async function removeDefendant(ctx: Ctx, viewer: Viewer, id: string, involvementId: string) {
  return change(ctx, viewer, id, 'court_case.defendant_remove', { involvementId }, async (tx) => {
    await tx
      .delete(courtDefendantCharges)
      .where(and(eq(courtDefendantCharges.courtCaseId, id), eq(courtDefendantCharges.involvementId, involvementId)));
    const gone = await tx
      .delete(courtDefendants)
      .where(and(eq(courtDefendants.courtCaseId, id), eq(courtDefendants.involvementId, involvementId)))
      .returning();
    if (gone.length === 0) throw invalid({ involvementId: 'not a defendant of this case' });
  });
}

/** Replaces a defendant's charges. A charge already held stays even if deactivated since; new ones must be active. */
export async function setCharges(ctx: Ctx, viewer: Viewer, id: string, involvementId: string, chargeIds: string[]) {
  const wanted = [...new Set(chargeIds)];
  return change(ctx, viewer, id, 'court_case.charges', { involvementId, charges: wanted.length }, async (tx) => {
    const [defendant] = await tx
      .select()
      .from(courtDefendants)
      .where(and(eq(courtDefendants.courtCaseId, id), eq(courtDefendants.involvementId, involvementId)));
    if (!defendant) throw invalid({ involvementId: 'not a defendant of this case' });
    const held = new Set(
      (
        await tx
          .select({ chargeId: courtDefendantCharges.chargeId })
          .from(courtDefendantCharges)
          .where(and(eq(courtDefendantCharges.courtCaseId, id), eq(courtDefendantCharges.involvementId, involvementId)))
      ).map((r) => r.chargeId),
    );
    const found = wanted.length ? await tx.select().from(courtCharges).where(inArray(courtCharges.id, wanted)) : [];
    if (found.length !== wanted.length || found.some((c) => !c.active && !held.has(c.id))) {
      throw invalid({ chargeIds: 'not an active charge of the list' });
    }
    await tx
      .delete(courtDefendantCharges)
      .where(and(eq(courtDefendantCharges.courtCaseId, id), eq(courtDefendantCharges.involvementId, involvementId)));
    if (wanted.length) {
      await tx
        .insert(courtDefendantCharges)
        .values(wanted.map((chargeId) => ({ courtCaseId: id, involvementId, chargeId })));
    }
  });
}

export async function addClient(ctx: Ctx, viewer: Viewer, id: string, personId: string) {
  const current = await findVisible(ctx.db, viewer, id);
  const [involved] = await ctx.db
    .select({ id: involvements.id })
    .from(involvements)
    .where(
      and(
        eq(involvements.investigationId, current.investigationId),
        eq(involvements.personId, personId),
        inArray(involvements.role, CLIENT_ROLES),
      ),
    );
  if (!involved) throw invalid({ personId: 'not a victim or family member in this investigation' });
  return change(ctx, viewer, id, 'court_case.client_add', { personId }, async (tx) => {
    await tx.insert(courtClients).values({ courtCaseId: id, personId }).onConflictDoNothing();
  });
}

export async function removeClient(ctx: Ctx, viewer: Viewer, id: string, personId: string) {
  return change(ctx, viewer, id, 'court_case.client_remove', { personId }, async (tx) => {
    const gone = await tx
      .delete(courtClients)
      .where(and(eq(courtClients.courtCaseId, id), eq(courtClients.personId, personId)))
      .returning();
    if (gone.length === 0) throw invalid({ personId: 'not a client on this case' });
  });
}

export async function recordVerdict(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.verdictBody>) {
  const current = await findVisible(ctx.db, viewer, id);
  if (input.verdictOn < current.openedOn) throw invalid({ verdictOn: 'before the case was opened' });
  if (input.verdictOn > todayInCambodia(ctx.now())) throw invalid({ verdictOn: 'in the future' });
  const sentence = input.sentence ? await ctx.cipher.encrypt(input.sentence, 'court_cases.sentence') : null;
  const detail = { verdict: input.verdict, verdictOn: input.verdictOn };
  return change(ctx, viewer, id, 'court_case.verdict', detail, async (tx) => {
    // The verdict moves the stage on, unless the case has already gone further (an appeal).
    const later = ['appeal', 'supreme_court', 'closed'].includes(current.stage);
    await tx
      .update(courtCases)
      .set({ verdict: input.verdict, verdictOn: input.verdictOn, sentence, stage: later ? current.stage : 'verdict' })
      .where(eq(courtCases.id, id));
  });
}

export async function addCompensationOrder(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  input: z.infer<typeof schema.orderBody>,
) {
  return change(ctx, viewer, id, 'court_case.compensation_order', { currency: input.currency }, async (tx, current) => {
    if (current.verdict !== 'convicted') throw invalid({ amount: 'compensation is ordered with a conviction' });
    await tx.insert(compensationOrders).values({ courtCaseId: id, ...input, createdAt: ctx.now() });
  });
}

export async function addPayment(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.paymentBody>) {
  const detail = { currency: input.currency, paidOn: input.paidOn };
  return change(ctx, viewer, id, 'court_case.payment', detail, async (tx, current) => {
    if (!current.verdictOn) throw invalid({ paidOn: 'record the verdict first' });
    if (input.paidOn < current.verdictOn) throw invalid({ paidOn: 'before the verdict' });
    if (input.paidOn > todayInCambodia(ctx.now())) throw invalid({ paidOn: 'in the future' });
    await tx.insert(compensationPayments).values({ courtCaseId: id, ...input, createdAt: ctx.now() });
  });
}

export async function recordWithdrawal(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  input: z.infer<typeof schema.withdrawalBody>,
) {
  return change(ctx, viewer, id, 'court_case.withdrawal', { ...input }, async (tx, current) => {
    if (input.on < current.openedOn) throw invalid({ on: 'before the case was opened' });
    await tx
      .update(courtCases)
      .set({ complaintWithdrawnOn: input.on, complaintWithdrawnReason: input.reason })
      .where(eq(courtCases.id, id));
  });
}

/** The court cases in which a person is a client, as far as the viewer may see court cases (the support case shows them). */
export async function courtCasesOfClient(db: Executor, viewer: Viewer, personId: string) {
  if (!viewer.permissions.includes('court:read')) return [];
  return db
    .select({ id: courtCases.id, number: courtCases.number, stage: courtCases.stage })
    .from(courtClients)
    .innerJoin(courtCases, eq(courtCases.id, courtClients.courtCaseId))
    .where(and(eq(courtClients.personId, personId), visibleTo(viewer)))
    .orderBy(asc(courtCases.number));
}
