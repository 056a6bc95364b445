import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { OFFENDER_ROLES } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid } from '../../platform/errors.ts';
import { queueDuplicates } from '../people/duplicates.service.ts';
import { createPerson, findPerson } from '../people/people.service.ts';
import { involvements } from '../people/people.table.ts';
import { getInvestigation } from './investigation-detail.ts';
import { findVisible, type Viewer } from './investigation-scope.ts';
import type * as schema from './investigations.schema.ts';
import { arrests, rescues } from './investigations.table.ts';

/** Adds a person, known or new, in a role. The audit names the person by id, never by name. */
export async function addPerson(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.addPersonBody>) {
  await findVisible(ctx.db, viewer, id, 'write');
  if (input.personId) {
    const known = await findPerson(ctx.db, input.personId);
    if (!known || known.mergedInto) throw invalid({ personId: 'no such person' });
  }
  if (
    input.person &&
    !input.person.khmerName &&
    !input.person.latinName &&
    !input.person.birthYear &&
    input.person.estimatedAge === undefined
  ) {
    // An unnamed person is allowed (an unidentified offender), but not an empty form by accident.
    if (input.person.gender === 'unknown' && !input.person.nationality) {
      throw invalid({ person: 'give at least a name, a gender, a birth year or a nationality' });
    }
  }
  await ctx.db.transaction(async (tx) => {
    let personId = input.personId;
    let duplicates = 0;
    if (!personId) {
      const person = await createPerson(tx, input.person as NonNullable<typeof input.person>, ctx.now());
      personId = person.id;
      // A new named person may already be known under another spelling: a manager reviews the pair.
      duplicates = await queueDuplicates(tx, person, ctx.now());
    }
    const [involvement] = await tx
      .insert(involvements)
      .values({ personId, investigationId: id, role: input.role })
      .returning({ id: involvements.id });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'investigation.add_person',
        recordType: 'investigation',
        recordId: id,
        detail: { personId, involvementId: involvement?.id, role: input.role, created: !input.personId, duplicates },
      },
    );
  });
  return getInvestigation(ctx, viewer, id);
}

async function involvementOf(ctx: Ctx, investigationId: string, involvementId: string) {
  const [row] = await ctx.db
    .select()
    .from(involvements)
    .where(and(eq(involvements.id, involvementId), eq(involvements.investigationId, investigationId)));
  if (!row) throw invalid({ involvementId: 'not a person of this investigation' });
  return row;
}

export async function recordArrest(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.arrestBody>) {
  const investigation = await findVisible(ctx.db, viewer, id, 'write');
  const involvement = await involvementOf(ctx, id, input.involvementId);
  if (!(OFFENDER_ROLES as readonly string[]).includes(involvement.role)) {
    throw invalid({ involvementId: 'only a perpetrator or an accomplice is arrested' });
  }
  if (input.arrestedOn < investigation.openedOn) throw invalid({ arrestedOn: 'before the investigation was opened' });
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .insert(arrests)
      .values({
        involvementId: involvement.id,
        arrestedOn: input.arrestedOn,
        agency: input.agency || null,
        place: input.place ? await ctx.cipher.encrypt(input.place, 'arrests.place') : null,
      })
      .onConflictDoNothing()
      .returning({ id: arrests.id });
    if (!done) throw invalid({ involvementId: 'this arrest is already recorded' });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'investigation.arrest',
        recordType: 'investigation',
        recordId: id,
        detail: { involvementId: involvement.id, arrestedOn: input.arrestedOn },
      },
    );
  });
  return getInvestigation(ctx, viewer, id);
}

export async function recordRescue(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.rescueBody>) {
  const investigation = await findVisible(ctx.db, viewer, id, 'write');
  const involvement = await involvementOf(ctx, id, input.involvementId);
  if (involvement.role !== 'victim') throw invalid({ involvementId: 'only a child victim is rescued' });
  if (input.rescuedOn < investigation.openedOn) throw invalid({ rescuedOn: 'before the investigation was opened' });
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .insert(rescues)
      .values({ involvementId: involvement.id, rescuedOn: input.rescuedOn })
      .onConflictDoNothing()
      .returning({ id: rescues.id });
    if (!done) throw invalid({ involvementId: 'this rescue is already recorded' });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'investigation.rescue',
        recordType: 'investigation',
        recordId: id,
        detail: { involvementId: involvement.id, rescuedOn: input.rescuedOn },
      },
    );
  });
  return getInvestigation(ctx, viewer, id);
}

/** The offender profile of a perpetrator or accomplice in this investigation. */
export async function updateProfile(
  ctx: Ctx,
  viewer: Viewer,
  id: string,
  involvementId: string,
  patch: z.infer<typeof schema.profileBody>,
) {
  await findVisible(ctx.db, viewer, id, 'write');
  const involvement = await involvementOf(ctx, id, involvementId);
  if (!(OFFENDER_ROLES as readonly string[]).includes(involvement.role)) {
    throw invalid({ involvementId: 'only a perpetrator or an accomplice has an offender profile' });
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(involvements)
      .set({ ...patch, updatedAt: ctx.now() })
      .where(eq(involvements.id, involvementId));
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'investigation.offender_profile',
        recordType: 'investigation',
        recordId: id,
        detail: { involvementId, changed: Object.keys(patch) },
      },
    );
  });
  return getInvestigation(ctx, viewer, id);
}
