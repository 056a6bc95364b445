import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import { users } from '../accounts/accounts.table.ts';
import { findEvent, getEvent, toItem } from './event-detail.ts';
import type * as schema from './events.schema.ts';
import { checkCounts } from './events.schema.ts';
import { eventFacilitators, events } from './events.table.ts';

const ISO = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar year Y as a date range: what the annual report counts as "dated in Y". */
export function inYear(year: number): SQL {
  return sql`${events.heldOn} between ${`${year}-01-01`} and ${`${year}-12-31`}`;
}

/** Events matching the list's filters, newest first, with the totals of every matching event (not only this page). */
export async function listEvents(ctx: Ctx, q: z.infer<typeof schema.listQuery>) {
  const where = and(
    q.year ? inYear(q.year) : undefined,
    q.type ? eq(events.type, q.type) : undefined,
    q.province ? eq(events.provinceCode, q.province) : undefined,
    q.programme ? eq(events.programme, q.programme) : undefined,
  );
  const [totals] = await ctx.db
    .select({
      events: sql<number>`count(*)::int`,
      participants: sql<number>`coalesce(sum(${events.participants}), 0)::int`,
      // Unknown counts (empty cells of an import) add nothing.
      female: sql<number>`coalesce(sum(${events.participantsFemale}), 0)::int`,
      children: sql<number>`coalesce(sum(${events.participantsChildren}), 0)::int`,
    })
    .from(events)
    .where(where);
  const rows = await ctx.db
    .select()
    .from(events)
    .where(where)
    .orderBy(sql`${events.heldOn} desc`, sql`${events.createdAt} desc`)
    .limit(q.limit)
    .offset(q.offset);
  const sums = totals ?? { events: 0, participants: 0, female: 0, children: 0 };
  return { total: sums.events, totals: sums, items: rows.map(toItem) };
}

/** Staff who can be named as facilitators: every active user. */
export async function facilitatorChoices(ctx: Ctx) {
  const items = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
  return { items };
}

async function checkFacilitators(db: Executor, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  if (found.length !== unique.length) throw invalid({ facilitatorIds: 'not an active member of staff' });
  return unique;
}

function checkDate(ctx: Ctx, heldOn: string | undefined) {
  if (heldOn && heldOn > ISO(ctx.now())) throw invalid({ heldOn: 'in the future' });
}

const encryptNotes = (ctx: Ctx, notes: string | null) =>
  notes ? ctx.cipher.encrypt(notes, 'events.notes') : Promise.resolve(null);

export async function createEvent(ctx: Ctx, userId: string, input: z.infer<typeof schema.createBody>) {
  checkDate(ctx, input.heldOn);
  const facilitatorIds = await checkFacilitators(ctx.db, input.facilitatorIds);
  const { facilitatorIds: _, notes, ...values } = input;
  const encrypted = await encryptNotes(ctx, notes);
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({ ...values, notes: encrypted, createdBy: userId, createdAt: now, updatedAt: now })
      .returning({ id: events.id });
    if (!row) throw new Error('insert returned nothing');
    if (facilitatorIds.length) {
      await tx.insert(eventFacilitators).values(facilitatorIds.map((u) => ({ eventId: row.id, userId: u })));
    }
    await recordAudit(
      tx,
      { userId },
      {
        action: 'event.create',
        recordType: 'event',
        recordId: row.id,
        detail: { type: input.type, participants: input.participants, facilitators: facilitatorIds.length },
      },
    );
    return row.id;
  });
  return getEvent(ctx, id);
}

/** A correction: only the fields given change; the counts are checked on the event as it will be. */
export async function updateEvent(ctx: Ctx, userId: string, id: string, patch: z.infer<typeof schema.patchBody>) {
  const current = await findEvent(ctx.db, id);
  checkDate(ctx, patch.heldOn);
  const problems: Record<string, string> = {};
  checkCounts({ ...current, ...patch }, (field, message) => {
    problems[field] = message;
  });
  if (Object.keys(problems).length) throw invalid(problems);
  const { facilitatorIds, notes, ...rest } = patch;
  const facilitators = facilitatorIds ? await checkFacilitators(ctx.db, facilitatorIds) : undefined;
  const values: Partial<typeof events.$inferInsert> = { ...rest, updatedAt: ctx.now() };
  if (notes !== undefined) values.notes = await encryptNotes(ctx, notes);
  await ctx.db.transaction(async (tx) => {
    await tx.update(events).set(values).where(eq(events.id, id));
    if (facilitators) {
      await tx.delete(eventFacilitators).where(eq(eventFacilitators.eventId, id));
      if (facilitators.length) {
        await tx.insert(eventFacilitators).values(facilitators.map((u) => ({ eventId: id, userId: u })));
      }
    }
    await recordAudit(
      tx,
      { userId },
      {
        action: 'event.update',
        recordType: 'event',
        recordId: id,
        detail: { changed: Object.keys(patch) },
      },
    );
  });
  return getEvent(ctx, id);
}
