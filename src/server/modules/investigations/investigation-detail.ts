import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import { type Executor, rowsOf } from '../../db/client.ts';
import { grantEnds } from '../../platform/break-glass/break-glass.ts';
import { users } from '../accounts/accounts.table.ts';
import { partners } from '../partners/partners.table.ts';
import { birthYearOf, displayName, pseudonym } from '../people/people.service.ts';
import { involvements, people } from '../people/people.table.ts';
import { findVisible, inOwnScope, type Viewer } from './investigation-scope.ts';
import {
  evidenceItems,
  evidenceTransfers,
  investigationAgencies,
  investigationNotes,
  investigationTasks,
  liaisonActions,
} from './investigation-work.table.ts';
import type * as schema from './investigations.schema.ts';
import { INVESTIGATION_ACTIONS } from './investigations.schema.ts';
import {
  arrests,
  investigationMembers,
  investigationStatusChanges,
  investigations,
  rescues,
} from './investigations.table.ts';

/**
 * Reading an investigation: the list item and the whole detail (people, the
 * working record), as every route answers it. The writers live in the
 * *.service.ts files beside this one and answer with getInvestigation.
 */
type Item = z.infer<typeof schema.listItem>;
export type ListRow = typeof investigations.$inferSelect & { leadName: string | null } & Item['counts'];
type Person = schema.Detail['people'][number];
type Work = Pick<schema.Detail, 'notes' | 'tasks' | 'evidence' | 'agencies' | 'liaison'>;
const open = (ctx: Ctx, value: string | null, column: string) =>
  value === null ? null : ctx.cipher.decrypt(value, column);

const counts = {
  reports: sql<number>`(select count(*)::int from investigation_reports r where r.investigation_id = ${investigations.id})`,
  offenders: sql<number>`(select count(*)::int from involvements v where v.investigation_id = ${investigations.id} and v.role in ('perpetrator', 'accomplice'))`,
  victims: sql<number>`(select count(*)::int from involvements v where v.investigation_id = ${investigations.id} and v.role = 'victim')`,
  arrests: sql<number>`(select count(*)::int from arrests a join involvements v on v.id = a.involvement_id where v.investigation_id = ${investigations.id})`,
  rescues: sql<number>`(select count(*)::int from rescues s join involvements v on v.id = s.involvement_id where v.investigation_id = ${investigations.id})`,
};

export function toItem(r: ListRow): Item {
  return {
    id: r.id,
    number: r.number,
    ref: r.ref,
    officeCode: r.officeCode,
    status: r.status as Item['status'],
    exploitationType: r.exploitationType as Item['exploitationType'],
    openedOn: r.openedOn,
    caseOpenedOn: r.caseOpenedOn,
    closedOn: r.closedOn,
    nationalPolice: r.nationalPolice,
    foreignPolice: r.foreignPolice,
    foreignAgency: r.foreignAgency,
    lead: r.leadInvestigatorId ? { id: r.leadInvestigatorId, name: r.leadName ?? '' } : null,
    counts: { reports: r.reports, offenders: r.offenders, victims: r.victims, arrests: r.arrests, rescues: r.rescues },
  };
}

export function selectItems(db: Executor) {
  return db
    .select({ ...getTableColumns(investigations), leadName: users.name, ...counts })
    .from(investigations)
    .leftJoin(users, eq(users.id, investigations.leadInvestigatorId));
}
export async function getInvestigation(ctx: Ctx, viewer: Viewer, id: string): Promise<schema.Detail> {
  await findVisible(ctx.db, viewer, id);
  const [own] = await ctx.db
    .select({ id: investigations.id })
    .from(investigations)
    .where(and(eq(investigations.id, id), inOwnScope(viewer)));
  const lookEndsAt = own ? null : await grantEnds(ctx.db, viewer.userId, 'investigation', id);
  const [row] = (await selectItems(ctx.db).where(eq(investigations.id, id))) as ListRow[];
  if (!row) throw new Error('investigation vanished');
  const team = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(investigationMembers)
    .innerJoin(users, eq(users.id, investigationMembers.userId))
    .where(eq(investigationMembers.investigationId, id))
    .orderBy(asc(users.name));
  const history = await ctx.db
    .select({
      status: investigationStatusChanges.status,
      on: investigationStatusChanges.on,
      byName: users.name,
      at: investigationStatusChanges.at,
    })
    .from(investigationStatusChanges)
    .leftJoin(users, eq(users.id, investigationStatusChanges.byUserId))
    .where(eq(investigationStatusChanges.investigationId, id))
    .orderBy(asc(investigationStatusChanges.at), asc(investigationStatusChanges.id));
  const linked = rowsOf<{ id: string; tracking_code: string; received_at: Date | string; category: string }>(
    await ctx.db.execute(sql`
      select r.id, r.tracking_code, r.received_at, r.category from investigation_reports l
      join reports r on r.id = l.report_id where l.investigation_id = ${id} order by r.received_at`),
  );
  const mayWrite = viewer.permissions.includes('investigations:write') && !lookEndsAt;
  return {
    ...toItem(row),
    summary: row.summary ? await ctx.cipher.decrypt(row.summary, 'investigations.summary') : null,
    team,
    history: history.map((h) => ({ ...h, at: h.at.toISOString() })),
    reports: linked.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      receivedAt: new Date(r.received_at).toISOString(),
      category: r.category,
    })),
    people: await peopleOf(ctx, viewer, id),
    ...(await workOf(ctx, id)),
    actions: mayWrite ? [...INVESTIGATION_ACTIONS] : [],
    lookEndsAt: lookEndsAt?.toISOString() ?? null,
  };
}

/**
 * The people of an investigation with their arrest or rescue. Names only for
 * viewers with `people:identify`; everyone else gets the pseudonym, and the
 * name fields are null, so no screen or export can leak them by mistake.
 */
export async function peopleOf(ctx: Ctx, viewer: Viewer, investigationId: string): Promise<Person[]> {
  const mayIdentify = viewer.permissions.includes('people:identify');
  const rows = await ctx.db
    .select({ involvement: involvements, person: people, arrest: arrests, rescue: rescues })
    .from(involvements)
    .innerJoin(people, eq(people.id, involvements.personId))
    .leftJoin(arrests, eq(arrests.involvementId, involvements.id))
    .leftJoin(rescues, eq(rescues.involvementId, involvements.id))
    .where(eq(involvements.investigationId, investigationId))
    .orderBy(asc(involvements.createdAt), asc(involvements.id));
  const places = new Map<string, string>();
  for (const { arrest } of rows) {
    if (arrest?.place) places.set(arrest.id, await ctx.cipher.decrypt(arrest.place, 'arrests.place'));
  }
  return rows.map(({ involvement, person, arrest, rescue }) => ({
    involvementId: involvement.id,
    personId: person.id,
    pseudonym: pseudonym(person.number),
    displayName: displayName(person, mayIdentify),
    khmerName: mayIdentify ? person.khmerName : null,
    latinName: mayIdentify ? person.latinName : null,
    role: involvement.role as Person['role'],
    gender: person.gender as Person['gender'],
    ...birthYearOf(person),
    nationality: person.nationality,
    arrest: arrest
      ? { arrestedOn: arrest.arrestedOn, agency: arrest.agency, place: places.get(arrest.id) ?? null }
      : null,
    // The offender profile belongs to perpetrators and accomplices only.
    profile: (OFFENDER_ROLES as readonly string[]).includes(involvement.role)
      ? {
          occupation: involvement.occupation,
          modusOperandi: involvement.modusOperandi as NonNullable<Person['profile']>['modusOperandi'],
          charges: involvement.charges,
          outcome: involvement.outcome,
        }
      : null,
    rescue: rescue ? { rescuedOn: rescue.rescuedOn } : null,
  }));
}

/** Notes, tasks, evidence with its chain of custody, cooperating agencies and the liaison log, decrypted. */
export async function workOf(ctx: Ctx, id: string): Promise<Work> {
  const names = new Map(
    (await ctx.db.select({ id: users.id, name: users.name }).from(users)).map((u) => [u.id, u.name]),
  );
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  const notes = await ctx.db
    .select()
    .from(investigationNotes)
    .where(eq(investigationNotes.investigationId, id))
    .orderBy(asc(investigationNotes.id));
  const tasks = await ctx.db
    .select()
    .from(investigationTasks)
    .where(eq(investigationTasks.investigationId, id))
    .orderBy(asc(investigationTasks.createdAt));
  const evidence = await ctx.db
    .select()
    .from(evidenceItems)
    .where(eq(evidenceItems.investigationId, id))
    .orderBy(asc(evidenceItems.createdAt));
  const transfers = evidence.length
    ? await ctx.db
        .select()
        .from(evidenceTransfers)
        .where(
          inArray(
            evidenceTransfers.evidenceId,
            evidence.map((e) => e.id),
          ),
        )
        .orderBy(asc(evidenceTransfers.id))
    : [];
  const agencies = await ctx.db
    .select({ id: partners.id, name: partners.name, country: partners.country, kind: partners.kind })
    .from(investigationAgencies)
    .innerJoin(partners, eq(partners.id, investigationAgencies.partnerId))
    .where(eq(investigationAgencies.investigationId, id))
    .orderBy(asc(partners.name));
  const liaison = await ctx.db
    .select({ action: liaisonActions, partnerName: partners.name })
    .from(liaisonActions)
    .innerJoin(partners, eq(partners.id, liaisonActions.partnerId))
    .where(eq(liaisonActions.investigationId, id))
    .orderBy(asc(liaisonActions.on), asc(liaisonActions.id));
  return {
    notes: await Promise.all(
      notes.map(async (n) => ({
        id: n.id,
        body: (await open(ctx, n.body, 'investigation_notes.body')) ?? '',
        authorName: nameOf(n.authorId),
        createdAt: n.createdAt.toISOString(),
      })),
    ),
    tasks: await Promise.all(
      tasks.map(async (task) => ({
        id: task.id,
        title: (await open(ctx, task.title, 'investigation_tasks.title')) ?? '',
        owner: task.ownerId ? { id: task.ownerId, name: nameOf(task.ownerId) ?? '' } : null,
        dueOn: task.dueOn,
        doneAt: task.doneAt?.toISOString() ?? null,
      })),
    ),
    evidence: await Promise.all(
      evidence.map(async (e) => ({
        id: e.id,
        kind: e.kind as Work['evidence'][number]['kind'],
        description: (await open(ctx, e.description, 'evidence_items.description')) ?? '',
        collectedOn: e.collectedOn,
        collectedByName: nameOf(e.collectedBy),
        holder: e.holder,
        transfers: transfers
          .filter((x) => x.evidenceId === e.id)
          .map((x) => ({
            from: x.fromHolder,
            to: x.toHolder,
            on: x.on,
            reason: x.reason,
            recordedByName: nameOf(x.recordedBy),
          })),
      })),
    ),
    agencies,
    liaison: await Promise.all(
      liaison.map(async ({ action: l, partnerName }) => ({
        id: l.id,
        partnerId: l.partnerId,
        partnerName,
        kind: l.kind as Work['liaison'][number]['kind'],
        on: l.on,
        note: await open(ctx, l.note, 'liaison_actions.note'),
        byName: nameOf(l.byUserId),
      })),
    ),
  };
}
