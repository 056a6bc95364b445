import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { type Executor, rowsOf } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { conflict, invalid } from '../../platform/errors.ts';
import { keepInEditorsScope, scopeField } from '../../platform/keep-in-scope.ts';
import { users } from '../accounts/accounts.table.ts';
import { findVisible as findVisibleInvestigation } from '../investigations/investigation-scope.ts';
import { offices } from '../offices/offices.table.ts';
import { queueDuplicates } from '../people/duplicates.service.ts';
import { createPerson } from '../people/people.service.ts';
import { peopleVisibleTo } from '../people/people-scope.ts';
import type * as schema from './support.schema.ts';
import { supportCaseInvestigations, supportCaseMembers, supportCases } from './support.table.ts';
import { getSupportCase, overdueCount, selectItems, today, toItem } from './support-detail.ts';
import { findVisible, type Viewer, visibleTo } from './support-scope.ts';

/** Roles that may be assigned to a support case, and which may be its social worker or lawyer. */
const SUPPORT_ROLES = ['social_worker', 'lawyer', 'manager'];
const SOCIAL_WORKER_ROLES = ['social_worker', 'manager'];
const LAWYER_ROLES = ['lawyer', 'manager'];
const actor = (viewer: Viewer) => ({ userId: viewer.userId });

export async function listSupportCases(ctx: Ctx, viewer: Viewer, q: z.infer<typeof schema.listQuery>) {
  const on = today(ctx);
  const where: SQL[] = [visibleTo(viewer)];
  if (q.office) where.push(eq(supportCases.officeCode, q.office));
  if (q.status) where.push(eq(supportCases.status, q.status));
  if (q.mine === 'true') {
    where.push(sql`(${supportCases.socialWorkerId} = ${viewer.userId} or ${supportCases.lawyerId} = ${viewer.userId}
      or exists (select 1 from support_case_members m where m.case_id = ${supportCases.id} and m.user_id = ${viewer.userId}))`);
  }
  if (q.overdue === 'true') where.push(sql`${overdueCount(on)} > 0`);
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(supportCases)
    .where(and(...where));
  const rows = await selectItems(ctx.db, on)
    .where(and(...where))
    .orderBy(sql`${supportCases.openedOn} desc`, sql`${supportCases.number} desc`)
    .limit(q.limit)
    .offset(q.offset);
  return { total: total?.n ?? 0, items: rows.map((r) => toItem(r, viewer)) };
}

/** Staff who can be assigned to support cases: active social workers, lawyers and managers. */
export async function supportStaff(ctx: Ctx, office?: string) {
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, officeCode: users.officeCode, roles: users.roles })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`${users.roles} && array['social_worker', 'lawyer', 'manager']::text[]`,
        office ? eq(users.officeCode, office) : undefined,
      ),
    )
    .orderBy(asc(users.name));
  return { items: rows.map((r) => ({ ...r, roles: r.roles.filter((x) => SUPPORT_ROLES.includes(x)) })) };
}

/** Every id must be an active user holding one of `roles`. */
async function checkStaff(db: Executor, ids: string[], roles: string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, unique),
        eq(users.active, true),
        sql`${users.roles} && ${sql.raw(`array[${roles.map((r) => `'${r}'`).join(',')}]`)}::text[]`,
      ),
    );
  if (found.length !== unique.length) throw invalid({ [field]: 'not an active member of the support staff' });
}
export const checkSupportStaff = (db: Executor, ids: string[], field: string) =>
  checkStaff(db, ids, SUPPORT_ROLES, field);

async function checkOffice(db: Executor, code: string) {
  const [office] = await db.select({ code: offices.code }).from(offices).where(eq(offices.code, code));
  if (!office) throw invalid({ officeCode: 'no such office' });
}

async function checkInvestigations(db: Executor, viewer: Viewer, ids: string[], field: string) {
  for (const id of new Set(ids)) {
    // Linking needs the investigation in the viewer's sight (investigations' own scope).
    await findVisibleInvestigation(db, viewer, id).catch(() => {
      throw invalid({ [field]: 'no such investigation, or not yours to see' });
    });
  }
}

async function checkPerson(db: Executor, viewer: Viewer, id: string) {
  const [hit] = rowsOf<{ id: string }>(
    await db.execute(
      sql`select p.id from people p where p.id = ${id} and p.merged_into is null and ${peopleVisibleTo(viewer)}`,
    ),
  );
  if (!hit) throw invalid({ personId: 'no such person, or not yours to see' });
}

export async function createSupportCase(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.createBody>) {
  await checkOffice(ctx.db, input.officeCode);
  if (input.personId) await checkPerson(ctx.db, viewer, input.personId);
  const p = input.person;
  if (p && !p.khmerName && !p.latinName && !p.birthYear && p.estimatedAge === undefined && p.gender === 'unknown') {
    throw invalid({ person: 'give at least a name, a gender, a birth year or an age' });
  }
  if (input.socialWorkerId) await checkStaff(ctx.db, [input.socialWorkerId], SOCIAL_WORKER_ROLES, 'socialWorkerId');
  if (input.lawyerId) await checkStaff(ctx.db, [input.lawyerId], LAWYER_ROLES, 'lawyerId');
  await checkStaff(ctx.db, input.memberIds, SUPPORT_ROLES, 'memberIds');
  await checkInvestigations(ctx.db, viewer, input.investigationIds, 'investigationIds');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    let personId = input.personId;
    let duplicates = 0;
    if (!personId) {
      const person = await createPerson(tx, p as NonNullable<typeof p>, now);
      personId = person.id;
      // A new named client may already be known (a victim of an investigation): a manager reviews the pair.
      duplicates = await queueDuplicates(tx, person, now);
    }
    const [row] = await tx
      .insert(supportCases)
      .values({
        personId,
        clientKind: input.clientKind,
        officeCode: input.officeCode,
        status: 'open',
        openedOn: input.openedOn,
        socialWorkerId: input.socialWorkerId ?? null,
        lawyerId: input.lawyerId ?? null,
        createdBy: viewer.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: supportCases.id, number: supportCases.number });
    if (!row) throw new Error('insert returned nothing');
    const members = [...new Set(input.memberIds)];
    if (members.length) {
      await tx.insert(supportCaseMembers).values(members.map((userId) => ({ caseId: row.id, userId })));
    }
    const linked = [...new Set(input.investigationIds)];
    if (linked.length) {
      await tx
        .insert(supportCaseInvestigations)
        .values(linked.map((investigationId) => ({ caseId: row.id, investigationId, linkedBy: viewer.userId })));
    }
    await recordAudit(tx, actor(viewer), {
      action: 'support.create',
      recordType: 'support_case',
      recordId: row.id,
      detail: {
        personId,
        createdPerson: !input.personId,
        duplicates,
        officeCode: input.officeCode,
        clientKind: input.clientKind,
        investigations: linked.length,
        members: members.length,
      },
    });
    return row;
  });
}

/**
 * Runs a change to a support case the viewer may see and that is not closed,
 * with its audit row, in one transaction; answers the case as it now is.
 */
export async function change(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  action: string,
  detail: Record<string, unknown>,
  write: (tx: Executor, row: typeof supportCases.$inferSelect) => Promise<void>,
) {
  const row = await findVisible(ctx.db, viewer, id);
  if (row.status === 'closed') throw conflict('the case is closed');
  await ctx.db.transaction(async (tx) => {
    await write(tx, row);
    await recordAudit(tx, actor(viewer), { action, recordType: 'support_case', recordId: id, detail });
  });
  return getSupportCase(ctx, viewer, id);
}

export async function updateSupportCase(ctx: Ctx, viewer: Viewer, id: string, patch: z.infer<typeof schema.patchBody>) {
  if (patch.officeCode) await checkOffice(ctx.db, patch.officeCode);
  if (patch.socialWorkerId) await checkStaff(ctx.db, [patch.socialWorkerId], SOCIAL_WORKER_ROLES, 'socialWorkerId');
  if (patch.lawyerId) await checkStaff(ctx.db, [patch.lawyerId], LAWYER_ROLES, 'lawyerId');
  return change(ctx, viewer, id, 'support.update', { changed: Object.keys(patch) }, async (tx) => {
    await tx
      .update(supportCases)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(eq(supportCases.id, id));
    await keepInEditorsScope(
      () => findVisible(tx, viewer, id),
      scopeField(patch, ['officeCode', 'socialWorkerId', 'lawyerId']),
    );
  });
}

export async function setTeam(ctx: Ctx, viewer: Viewer, id: string, memberIds: string[]) {
  const members = [...new Set(memberIds)];
  await checkStaff(ctx.db, members, SUPPORT_ROLES, 'memberIds');
  return change(ctx, viewer, id, 'support.team', { members: members.length }, async (tx) => {
    await tx.delete(supportCaseMembers).where(eq(supportCaseMembers.caseId, id));
    if (members.length) await tx.insert(supportCaseMembers).values(members.map((userId) => ({ caseId: id, userId })));
    await keepInEditorsScope(() => findVisible(tx, viewer, id), 'memberIds');
  });
}

export async function linkInvestigation(ctx: Ctx, viewer: Viewer, id: string, investigationId: string) {
  await findVisible(ctx.db, viewer, id);
  await checkInvestigations(ctx.db, viewer, [investigationId], 'investigationId');
  return change(ctx, viewer, id, 'support.link_investigation', { investigationId }, async (tx) => {
    await tx
      .insert(supportCaseInvestigations)
      .values({ caseId: id, investigationId, linkedBy: viewer.userId, linkedAt: ctx.now() })
      .onConflictDoNothing();
  });
}

/** Reading a case shows the client's identity to some viewers: that look is audited (DESIGN). */
export async function viewSupportCase(ctx: Ctx, viewer: Viewer, id: string) {
  const detail = await getSupportCase(ctx, viewer, id);
  if (detail.client.displayName !== detail.client.pseudonym) {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, actor(viewer), {
        action: 'support.view',
        recordType: 'support_case',
        recordId: id,
        detail: { personId: detail.client.personId },
      }),
    );
  }
  return detail;
}
