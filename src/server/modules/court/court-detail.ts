import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../accounts/accounts.table.ts';
import { arrests, investigations } from '../investigations/investigations.table.ts';
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
  courtSettings,
  hearings,
} from './court.table.ts';
import { balances, caseDays, daysBetween, todayInCambodia } from './court-arithmetic.ts';
import { findVisible, type Viewer, visibleTo } from './court-scope.ts';

/**
 * Reading court cases: the list and the whole case as the page shows it.
 * Every writer in court.service.ts answers with getCourtCase.
 */
type Item = z.infer<typeof schema.listItem>;
type Detail = schema.Detail;
const CLIENT_ROLES = ['victim', 'family_member'] as const;

/** The first hearing from `today` (Cambodia's date) on. */
const nextHearingOn = (today: string) =>
  sql<
    string | null
  >`(select min(h.date)::text from court_hearings h where h.court_case_id = ${courtCases.id} and h.date >= ${today})`;

function selectItems(ctx: Ctx) {
  return ctx.db
    .select({
      ...getTableColumns(courtCases),
      investigationNumber: investigations.number,
      lawyerName: users.name,
      nextHearingOn: nextHearingOn(todayInCambodia(ctx.now())),
    })
    .from(courtCases)
    .innerJoin(investigations, eq(investigations.id, courtCases.investigationId))
    .leftJoin(users, eq(users.id, courtCases.lawyerId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

function toItem(r: Row): Item {
  return {
    id: r.id,
    number: r.number,
    investigation: { id: r.investigationId, number: r.investigationNumber },
    officeCode: r.officeCode,
    courtCode: r.courtCode,
    caseNumber: r.caseNumber,
    stage: r.stage as Item['stage'],
    openedOn: r.openedOn,
    lawyer: r.lawyerId ? { id: r.lawyerId, name: r.lawyerName ?? '' } : null,
    verdict: r.verdict as Item['verdict'],
    verdictOn: r.verdictOn,
    nextHearingOn: r.nextHearingOn,
  };
}

export async function listCourtCases(ctx: Ctx, viewer: Viewer, q: z.infer<typeof schema.listQuery>) {
  const where = [visibleTo(viewer)];
  if (q.office) where.push(eq(courtCases.officeCode, q.office));
  if (q.stage) where.push(eq(courtCases.stage, q.stage));
  if (q.court) where.push(eq(courtCases.courtCode, q.court));
  if (q.year) where.push(sql`extract(year from ${courtCases.openedOn}) = ${q.year}`);
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(courtCases)
    .where(and(...where));
  const rows = await selectItems(ctx)
    .where(and(...where))
    .orderBy(desc(courtCases.openedOn), desc(courtCases.number))
    .limit(q.limit)
    .offset(q.offset);
  return { total: total?.n ?? 0, items: rows.map(toItem) };
}

export async function reminderDays(db: Executor): Promise<number> {
  const [row] = await db.select().from(courtSettings).where(eq(courtSettings.id, 1));
  return row?.reminderDays ?? 3;
}

export async function getCourtCase(ctx: Ctx, viewer: Viewer, id: string): Promise<Detail> {
  await findVisible(ctx.db, viewer, id);
  const [row] = await selectItems(ctx).where(eq(courtCases.id, id));
  if (!row) throw new Error('court case vanished');
  const mayIdentify = viewer.permissions.includes('people:identify');
  const mayWrite = viewer.permissions.includes('court:write');
  const nameOf = (p: typeof people.$inferSelect) => ({
    personId: p.id,
    pseudonym: pseudonym(p.number),
    displayName: displayName(p, mayIdentify),
  });

  const team = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(courtCaseMembers)
    .innerJoin(users, eq(users.id, courtCaseMembers.userId))
    .where(eq(courtCaseMembers.courtCaseId, id))
    .orderBy(asc(users.name));

  // Everyone in the investigation: defendants and clients come from here.
  const involved = await ctx.db
    .select({ involvement: involvements, person: people, arrestedOn: arrests.arrestedOn })
    .from(involvements)
    .innerJoin(people, eq(people.id, involvements.personId))
    .leftJoin(arrests, eq(arrests.involvementId, involvements.id))
    .where(eq(involvements.investigationId, row.investigationId))
    .orderBy(asc(involvements.createdAt), asc(involvements.id));

  const defendantRows = await ctx.db.select().from(courtDefendants).where(eq(courtDefendants.courtCaseId, id));
  const onCase = new Set(defendantRows.map((d) => d.involvementId));
  const chargeRows = await ctx.db
    .select({ involvementId: courtDefendantCharges.involvementId, charge: courtCharges })
    .from(courtDefendantCharges)
    .innerJoin(courtCharges, eq(courtCharges.id, courtDefendantCharges.chargeId))
    .where(eq(courtDefendantCharges.courtCaseId, id))
    .orderBy(asc(courtCharges.sortOrder), asc(courtCharges.labelEn));

  const clientRows = await ctx.db
    .select({ person: people })
    .from(courtClients)
    .innerJoin(people, eq(people.id, courtClients.personId))
    .where(eq(courtClients.courtCaseId, id))
    .orderBy(asc(people.number));
  const clientIds = new Set(clientRows.map((c) => c.person.id));
  const roleOf = (personId: string) =>
    (involved.find((i) => i.involvement.personId === personId && CLIENT_ROLES.includes(i.involvement.role as never))
      ?.involvement.role ?? 'victim') as Detail['clients'][number]['role'];

  const hearingRows = await ctx.db
    .select()
    .from(hearings)
    .where(eq(hearings.courtCaseId, id))
    .orderBy(asc(hearings.date), asc(hearings.time), asc(hearings.createdAt));
  const orders = await ctx.db
    .select()
    .from(compensationOrders)
    .where(eq(compensationOrders.courtCaseId, id))
    .orderBy(asc(compensationOrders.createdAt));
  const payments = await ctx.db
    .select()
    .from(compensationPayments)
    .where(eq(compensationPayments.courtCaseId, id))
    .orderBy(asc(compensationPayments.paidOn), asc(compensationPayments.createdAt));

  const defendants = involved
    .filter((i) => onCase.has(i.involvement.id))
    .map((i) => ({
      ...nameOf(i.person),
      involvementId: i.involvement.id,
      role: i.involvement.role as Detail['defendants'][number]['role'],
      arrestedOn: i.arrestedOn,
      daysArrestToVerdict: i.arrestedOn && row.verdictOn ? daysBetween(i.arrestedOn, row.verdictOn) : null,
      charges: chargeRows
        .filter((c) => c.involvementId === i.involvement.id)
        .map(({ charge }) => ({
          id: charge.id,
          labelEn: charge.labelEn,
          labelKm: charge.labelKm,
          active: charge.active,
        })),
    }));
  const money = {
    orders: orders.map((o) => ({ amount: o.amount, currency: o.currency })),
    payments: payments.map((p) => ({ amount: p.amount, currency: p.currency, paidOn: p.paidOn })),
  };
  const arrestDates = defendants.flatMap((d) => (d.arrestedOn ? [d.arrestedOn] : []));

  return {
    ...toItem(row),
    team,
    defendants,
    clients: clientRows.map(({ person }) => ({ ...nameOf(person), role: roleOf(person.id) })),
    hearings: await Promise.all(
      hearingRows.map(async (h) => ({
        id: h.id,
        date: h.date,
        time: h.time,
        type: h.type as Detail['hearings'][number]['type'],
        childTestified: h.childTestified,
        measures: h.measures as Detail['hearings'][number]['measures'],
        note: h.note ? await ctx.cipher.decrypt(h.note, 'court_hearings.note') : null,
      })),
    ),
    sentence: row.sentence ? await ctx.cipher.decrypt(row.sentence, 'court_cases.sentence') : null,
    complaintWithdrawnOn: row.complaintWithdrawnOn,
    complaintWithdrawnReason: row.complaintWithdrawnReason as Detail['complaintWithdrawnReason'],
    compensation: {
      orders: orders.map((o) => ({ id: o.id, amount: o.amount, currency: o.currency as 'USD' })),
      payments: payments.map((p) => ({ id: p.id, paidOn: p.paidOn, amount: p.amount, currency: p.currency as 'USD' })),
      balances: balances(money.orders, money.payments),
    },
    days: caseDays(arrestDates, row.verdictOn, money.orders, money.payments),
    reminderDays: await reminderDays(ctx.db),
    candidates: mayWrite
      ? {
          defendants: involved
            .filter(
              (i) =>
                (OFFENDER_ROLES as readonly string[]).includes(i.involvement.role) && !onCase.has(i.involvement.id),
            )
            .map((i) => ({
              ...nameOf(i.person),
              involvementId: i.involvement.id,
              role: i.involvement.role as Detail['defendants'][number]['role'],
            })),
          clients: uniqueBy(
            involved.filter((i) => CLIENT_ROLES.includes(i.involvement.role as never) && !clientIds.has(i.person.id)),
            (i) => i.person.id,
          ).map((i) => ({ ...nameOf(i.person), role: i.involvement.role as Detail['clients'][number]['role'] })),
        }
      : { defendants: [], clients: [] },
    mayWrite,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Offender involvements and client people of an investigation, to check a write against. */
export async function investigationPeople(db: Executor, investigationId: string, involvementIds: string[]) {
  if (involvementIds.length === 0) return [];
  return db
    .select({ id: involvements.id, role: involvements.role, personId: involvements.personId })
    .from(involvements)
    .where(and(eq(involvements.investigationId, investigationId), inArray(involvements.id, involvementIds)));
}
