import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { users } from '../accounts/accounts.table.ts';
import type * as schema from './events.schema.ts';
import { eventFacilitators, events } from './events.table.ts';

type EventRow = typeof events.$inferSelect;

/** The columns of a list row, shared by the list and the detail. */
export function toItem(row: EventRow): z.infer<typeof schema.listItem> {
  return {
    id: row.id,
    ref: row.ref,
    type: row.type as z.infer<typeof schema.listItem>['type'],
    heldOn: String(row.heldOn),
    provinceCode: row.provinceCode,
    place: row.place,
    programme: row.programme,
    audiences: row.audiences,
    participants: row.participants,
    participantsFemale: row.participantsFemale,
    participantsChildren: row.participantsChildren,
  };
}

export async function findEvent(db: Executor, id: string): Promise<EventRow> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  if (!row) throw notFound();
  return row;
}

/**
 * The one reader of an event: the detail page shows it and every change
 * answers with it. Every holder of `events:read` sees every event (events hold
 * counts, not people; decision 015), so there is no scope to apply.
 */
export async function getEvent(ctx: Ctx, id: string): Promise<z.infer<typeof schema.detail>> {
  const row = await findEvent(ctx.db, id);
  const facilitators = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(eventFacilitators)
    .innerJoin(users, eq(users.id, eventFacilitators.userId))
    .where(eq(eventFacilitators.eventId, id))
    .orderBy(asc(users.name));
  return {
    ...toItem(row),
    preTestScore: row.preTestScore === null ? null : Number(row.preTestScore),
    postTestScore: row.postTestScore === null ? null : Number(row.postTestScore),
    notes: row.notes ? await ctx.cipher.decrypt(row.notes, 'events.notes') : null,
    facilitators,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
