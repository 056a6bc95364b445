import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Gender } from '../../../shared/people.ts';
import {
  type ClientKind,
  type ConsentGiver,
  type ConsentScope,
  type GoalStatus,
  type Need,
  type Placement,
  RESTRICTED_NOTE_SERVICES,
  type RiskLevel,
  type ServiceCode,
  type SupportStatus,
  serviceDepartment,
} from '../../../shared/support.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../accounts/accounts.table.ts';
import { courtCasesOfClient } from '../court/court.service.ts';
import { investigations } from '../investigations/investigations.table.ts';
import { partners } from '../partners/partners.table.ts';
import { displayName, pseudonym } from '../people/people.service.ts';
import { people } from '../people/people.table.ts';
import type * as schema from './support.schema.ts';
import {
  supportCaseInvestigations,
  supportCaseMembers,
  supportCases,
  supportClosures,
  supportConsents,
  supportFollowUps,
  supportGoals,
  supportPlacements,
  supportServices,
} from './support.table.ts';
import { findVisible, isOfficeManager, type Viewer, visibleTo } from './support-scope.ts';

/**
 * Reading a support case: the list item and the whole detail, as every route
 * answers it. The writers (support.service.ts, support-work.service.ts)
 * answer with getSupportCase.
 */
const open = (ctx: Ctx, value: string | null, column: string) =>
  value === null ? null : ctx.cipher.decrypt(value, column);
export const today = (ctx: Ctx) => ctx.now().toISOString().slice(0, 10);
const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

const socialWorker = alias(users, 'social_worker');
const lawyer = alias(users, 'lawyer');

/** Open follow-ups past their due date (SQL on `support_cases`). */
export const overdueCount = (on: string) =>
  sql<number>`(select count(*)::int from support_follow_ups f
               where f.case_id = ${supportCases.id} and f.done_on is null and f.due_on < ${on})`;

export function selectItems(db: Executor, on: string) {
  return db
    .select({
      ...getTableColumns(supportCases),
      personNumber: people.number,
      latinName: people.latinName,
      khmerName: people.khmerName,
      gender: people.gender,
      birthYear: people.birthYear,
      socialWorkerName: socialWorker.name,
      lawyerName: lawyer.name,
      overdueFollowUps: overdueCount(on),
    })
    .from(supportCases)
    .innerJoin(people, eq(people.id, supportCases.personId))
    .leftJoin(socialWorker, eq(socialWorker.id, supportCases.socialWorkerId))
    .leftJoin(lawyer, eq(lawyer.id, supportCases.lawyerId));
}
type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['where']>>[number];

export function toItem(r: ItemRow, viewer: Viewer): schema.ListItem {
  const mayIdentify = viewer.permissions.includes('people:identify');
  const person = { number: r.personNumber, latinName: r.latinName, khmerName: r.khmerName };
  return {
    id: r.id,
    number: r.number,
    ref: r.ref,
    officeCode: r.officeCode,
    status: r.status as SupportStatus,
    clientKind: r.clientKind as ClientKind,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    riskLevel: r.riskLevel as RiskLevel | null,
    client: {
      personId: r.personId,
      pseudonym: pseudonym(r.personNumber),
      displayName: displayName(person, mayIdentify),
      gender: r.gender as Gender,
      birthYear: r.birthYear,
    },
    socialWorker: named(r.socialWorkerId, r.socialWorkerName),
    lawyer: named(r.lawyerId, r.lawyerName),
    overdueFollowUps: r.overdueFollowUps,
  };
}

/** Medical and counselling notes: only the assigned social worker and the managers of the case's office. */
export function mayReadRestrictedNotes(
  viewer: Viewer,
  c: { socialWorkerId: string | null; officeCode: string | null },
): boolean {
  return c.socialWorkerId === viewer.userId || isOfficeManager(viewer, c.officeCode);
}

export async function getSupportCase(ctx: Ctx, viewer: Viewer, id: string): Promise<schema.Detail> {
  await findVisible(ctx.db, viewer, id);
  const on = today(ctx);
  const [row] = await selectItems(ctx.db, on).where(eq(supportCases.id, id));
  if (!row) throw new Error('support case vanished');
  const db = ctx.db;
  const team = await db
    .select({ id: users.id, name: users.name })
    .from(supportCaseMembers)
    .innerJoin(users, eq(users.id, supportCaseMembers.userId))
    .where(eq(supportCaseMembers.caseId, id))
    .orderBy(asc(users.name));
  const linked = await db
    .select({ id: investigations.id, number: investigations.number })
    .from(supportCaseInvestigations)
    .innerJoin(investigations, eq(investigations.id, supportCaseInvestigations.investigationId))
    .where(eq(supportCaseInvestigations.caseId, id))
    .orderBy(asc(investigations.number));
  // The lawyer's side of the same child, as the court module shows it.
  const courtCasesOfThisClient = await courtCasesOfClient(db, viewer, row.personId);
  const assessor = row.assessedBy ? await nameOf(db, row.assessedBy) : null;

  const consents = await db
    .select({ ...getTableColumns(supportConsents), by: users.name })
    .from(supportConsents)
    .leftJoin(users, eq(users.id, supportConsents.recordedBy))
    .where(eq(supportConsents.caseId, id))
    .orderBy(desc(supportConsents.givenOn), desc(supportConsents.recordedAt));
  const goals = await db
    .select()
    .from(supportGoals)
    .where(eq(supportGoals.caseId, id))
    .orderBy(asc(supportGoals.createdAt));
  const placements = await db
    .select({ ...getTableColumns(supportPlacements), by: users.name, partnerName: partners.name })
    .from(supportPlacements)
    .innerJoin(users, eq(users.id, supportPlacements.decidedBy))
    .leftJoin(partners, eq(partners.id, supportPlacements.partnerId))
    .where(eq(supportPlacements.caseId, id))
    .orderBy(desc(supportPlacements.decidedOn), desc(supportPlacements.createdAt));
  const services = await db
    .select()
    .from(supportServices)
    .where(eq(supportServices.caseId, id))
    .orderBy(desc(supportServices.deliveredOn), desc(supportServices.createdAt));
  const followUps = await db
    .select({ ...getTableColumns(supportFollowUps), assigneeName: users.name })
    .from(supportFollowUps)
    .leftJoin(users, eq(users.id, supportFollowUps.assigneeId))
    .where(eq(supportFollowUps.caseId, id))
    .orderBy(asc(supportFollowUps.dueOn));
  const closures = await db
    .select()
    .from(supportClosures)
    .where(eq(supportClosures.caseId, id))
    .orderBy(asc(supportClosures.requestedAt));
  const deciderIds = closures.flatMap((c) => [c.requestedBy, c.decidedBy].filter((x): x is string => !!x));
  const names = deciderIds.length
    ? new Map(
        (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, deciderIds))).map(
          (u) => [u.id, u.name],
        ),
      )
    : new Map<string, string>();

  const mayRestricted = mayReadRestrictedNotes(viewer, row);
  return {
    ...toItem(row, viewer),
    team,
    investigations: linked,
    courtCases: courtCasesOfThisClient,
    assessment:
      row.riskLevel && row.assessedOn
        ? {
            riskLevel: row.riskLevel as RiskLevel,
            assessedOn: row.assessedOn,
            assessedBy: assessor,
            assessment: await open(ctx, row.assessment, 'support_cases.assessment'),
            needs: row.needs as Need[],
            needsNotes: await open(ctx, row.needsNotes, 'support_cases.needs_notes'),
          }
        : null,
    consents: await Promise.all(
      consents.map(async (c) => ({
        id: c.id,
        givenBy: c.givenBy as ConsentGiver,
        givenOn: c.givenOn,
        scope: c.scope as ConsentScope[],
        notes: await open(ctx, c.notes, 'support_consents.notes'),
        recordedBy: named(c.recordedBy, c.by),
      })),
    ),
    goals: await Promise.all(
      goals.map(async (g) => ({
        id: g.id,
        goal: (await open(ctx, g.goal, 'support_goals.goal')) ?? '',
        targetOn: g.targetOn,
        status: g.status as GoalStatus,
      })),
    ),
    placements: await Promise.all(
      placements.map(async (p) => ({
        id: p.id,
        placement: p.placement as Placement,
        partner: named(p.partnerId, p.partnerName),
        decidedOn: p.decidedOn,
        decidedBy: { id: p.decidedBy, name: p.by },
        reason: await open(ctx, p.reason, 'support_placements.reason'),
      })),
    ),
    services: await Promise.all(
      services.map(async (s) => {
        const code = s.service as ServiceCode;
        const withheld = s.notes !== null && RESTRICTED_NOTE_SERVICES.includes(code) && !mayRestricted;
        return {
          id: s.id,
          service: code,
          department: serviceDepartment(code),
          deliveredOn: s.deliveredOn,
          provider: s.provider,
          // A withheld note is never decrypted for this viewer.
          notes: withheld ? null : await open(ctx, s.notes, 'support_services.notes'),
          notesWithheld: withheld,
          imported: s.importKey !== null,
        };
      }),
    ),
    followUps: await Promise.all(
      followUps.map(async (f) => ({
        id: f.id,
        title: (await open(ctx, f.title, 'support_follow_ups.title')) ?? '',
        dueOn: f.dueOn,
        assignee: named(f.assigneeId, f.assigneeName),
        doneOn: f.doneOn,
        outcome: await open(ctx, f.outcome, 'support_follow_ups.outcome'),
        overdue: f.doneOn === null && f.dueOn < on,
      })),
    ),
    closures: await Promise.all(
      closures.map(async (c) => ({
        id: c.id,
        requestedBy: { id: c.requestedBy, name: names.get(c.requestedBy) ?? '' },
        requestedAt: c.requestedAt.toISOString(),
        reason: (await open(ctx, c.reason, 'support_closures.reason')) ?? '',
        decision: c.decision as 'approved' | 'rejected' | null,
        decidedBy: named(c.decidedBy, c.decidedBy ? (names.get(c.decidedBy) ?? '') : null),
        decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
        decisionReason: await open(ctx, c.decisionReason, 'support_closures.decision_reason'),
      })),
    ),
    actions: actionsFor(viewer, row, closures),
  };
}

async function nameOf(db: Executor, userId: string) {
  const [u] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId));
  return u ?? null;
}

/** What the viewer may do now, so the page shows only the buttons that will work. */
function actionsFor(
  viewer: Viewer,
  c: { status: string; officeCode: string | null },
  closures: { requestedBy: string; decision: string | null }[],
): schema.Detail['actions'] {
  const actions: schema.Detail['actions'] = [];
  const mayWrite = viewer.permissions.includes('support:write');
  if (c.status === 'closed') return actions;
  if (mayWrite) actions.push('edit', 'work');
  if (mayWrite && c.status === 'open') actions.push('request_closure');
  const pending = closures.find((x) => x.decision === null);
  if (pending && pending.requestedBy !== viewer.userId && isOfficeManager(viewer, c.officeCode)) {
    actions.push('decide_closure');
  }
  return actions;
}

/** The viewer's open follow-ups past their date, across every case they may see. */
export async function overdueFollowUps(ctx: Ctx, viewer: Viewer) {
  const rows = await ctx.db
    .select({
      id: supportFollowUps.id,
      caseId: supportCases.id,
      caseNumber: supportCases.number,
      title: supportFollowUps.title,
      dueOn: supportFollowUps.dueOn,
      assigneeId: supportFollowUps.assigneeId,
      assigneeName: users.name,
    })
    .from(supportFollowUps)
    .innerJoin(supportCases, eq(supportCases.id, supportFollowUps.caseId))
    .leftJoin(users, eq(users.id, supportFollowUps.assigneeId))
    .where(
      and(visibleTo(viewer), sql`${supportFollowUps.doneOn} is null and ${supportFollowUps.dueOn} < ${today(ctx)}`),
    )
    .orderBy(asc(supportFollowUps.dueOn))
    .limit(500);
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      title: (await open(ctx, r.title, 'support_follow_ups.title')) ?? '',
      dueOn: r.dueOn,
      assignee: named(r.assigneeId, r.assigneeName),
    })),
  );
}
