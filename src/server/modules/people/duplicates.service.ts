import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { DUPLICATE_THRESHOLD, matchScore } from '../../../shared/names/match.ts';
import type { Gender } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { birthYearOf, displayName, pseudonym } from './people.service.ts';
import { involvements, people, personDuplicates, personMerges } from './people.table.ts';
import { findVisiblePerson, peopleVisibleTo } from './people-scope.ts';
import { candidatesByName, personSearchKeys } from './people-search.service.ts';

type PersonRow = typeof people.$inferSelect;
const ordered = (x: string, y: string) => (x < y ? [x, y] : [y, x]) as [string, string];

/**
 * After a named person is added: finds records that may be the same person
 * (trigram candidates, scored by the name matcher) and queues each pair for a
 * manager. Runs in the caller's transaction; a pair already decided stays decided.
 */
export async function queueDuplicates(tx: Executor, person: PersonRow, now: Date): Promise<number> {
  const names = [person.khmerName, person.latinName, ...person.aliases].filter((n): n is string => !!n);
  if (names.length === 0) return 0;
  const ids = (await candidatesByName(tx, names, sql`true`)).filter((id) => id !== person.id);
  if (ids.length === 0) return 0;
  const others = await tx.select().from(people).where(inArray(people.id, ids));
  const found = others
    .map((other) => ({ other, match: matchScore(person, other) }))
    .filter(({ match }) => match.score >= DUPLICATE_THRESHOLD);
  if (found.length === 0) return 0;
  await tx
    .insert(personDuplicates)
    .values(
      found.map(({ other, match }) => {
        const [personA, personB] = ordered(person.id, other.id);
        return { personA, personB, score: match.score, reasons: match.reasons, foundAt: now };
      }),
    )
    .onConflictDoNothing();
  return found.length;
}

function summary(p: PersonRow) {
  return {
    id: p.id,
    pseudonym: pseudonym(p.number),
    displayName: displayName(p, true),
    khmerName: p.khmerName,
    latinName: p.latinName,
    gender: p.gender as Gender,
    ...birthYearOf(p),
    nationality: p.nationality,
  };
}

/** Pairs waiting for a decision, newest first, both people within the manager's scope. */
export async function pendingDuplicates(ctx: Ctx, viewer: Viewer, limit: number) {
  const visible = (column: string) =>
    sql`exists (select 1 from people p where p.id = ${sql.raw(column)} and ${peopleVisibleTo(viewer)})`;
  const pairs = await ctx.db
    .select()
    .from(personDuplicates)
    .where(
      and(
        isNull(personDuplicates.decision),
        visible('person_duplicates.person_a'),
        visible('person_duplicates.person_b'),
      ),
    )
    .orderBy(desc(personDuplicates.foundAt))
    .limit(limit);
  const ids = [...new Set(pairs.flatMap((p) => [p.personA, p.personB]))];
  const rows = ids.length ? await ctx.db.select().from(people).where(inArray(people.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return pairs
    .filter((p) => !byId.get(p.personA)?.mergedInto && !byId.get(p.personB)?.mergedInto)
    .map((p) => ({
      a: summary(byId.get(p.personA) as PersonRow),
      b: summary(byId.get(p.personB) as PersonRow),
      score: Math.round(p.score * 100) / 100,
      reasons: p.reasons,
      foundAt: p.foundAt.toISOString(),
    }));
}

/**
 * A manager's decision on a pair. `different`: never offered again. `same`:
 * the newer record is merged into the older one — its involvements move, its
 * names become aliases — and the merge is kept so it can be undone exactly.
 */
export async function decideDuplicate(
  ctx: Ctx,
  viewer: Viewer,
  input: { personA: string; personB: string; decision: 'same' | 'different' },
): Promise<{ mergeId: string | null }> {
  const [personA, personB] = ordered(input.personA, input.personB);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [pair] = await tx
      .select()
      .from(personDuplicates)
      .where(and(eq(personDuplicates.personA, personA), eq(personDuplicates.personB, personB)));
    if (!pair) throw notFound();
    if (pair.decision) throw invalid({ decision: `already decided: ${pair.decision}` });
    const a = await findVisiblePerson(tx, viewer, personA, { mode: 'write' });
    const b = await findVisiblePerson(tx, viewer, personB, { mode: 'write' });
    if (a.mergedInto || b.mergedInto) throw invalid({ decision: 'one of them was merged meanwhile' });
    await tx
      .update(personDuplicates)
      .set({ decision: input.decision, decidedBy: viewer.userId, decidedAt: now })
      .where(and(eq(personDuplicates.personA, personA), eq(personDuplicates.personB, personB)));
    let mergeId: string | null = null;
    if (input.decision === 'same') {
      const [into, from] = a.number < b.number ? [a, b] : [b, a];
      mergeId = await merge(tx, viewer, from, into, now);
    }
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: input.decision === 'same' ? 'person.merge' : 'person.not_duplicate',
        recordType: 'person',
        recordId: personA,
        detail: { personA, personB, mergeId },
      },
    );
    return { mergeId };
  });
}

async function merge(tx: Executor, viewer: Viewer, from: PersonRow, into: PersonRow, now: Date): Promise<string> {
  const moved = await tx
    .update(involvements)
    .set({ personId: into.id, updatedAt: now })
    .where(eq(involvements.personId, from.id))
    .returning({ id: involvements.id });
  const known = new Set([into.khmerName, into.latinName, ...into.aliases].filter(Boolean));
  const addedAliases = [from.khmerName, from.latinName, ...from.aliases].filter(
    (n): n is string => !!n && !known.has(n),
  );
  const aliases = [...into.aliases, ...addedAliases];
  await tx
    .update(people)
    .set({ aliases, searchKeys: personSearchKeys({ ...into, aliases }), updatedAt: now })
    .where(eq(people.id, into.id));
  await tx.update(people).set({ mergedInto: into.id, updatedAt: now }).where(eq(people.id, from.id));
  const [row] = await tx
    .insert(personMerges)
    .values({
      fromPersonId: from.id,
      intoPersonId: into.id,
      involvementIds: moved.map((m) => m.id),
      addedAliases,
      mergedBy: viewer.userId,
      mergedAt: now,
    })
    .returning({ id: personMerges.id });
  return row?.id as string;
}

/** Undoes a merge exactly: involvements go back, the aliases it added are removed; the pair counts as different. */
export async function undoMerge(ctx: Ctx, viewer: Viewer, mergeId: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const [m] = await tx.select().from(personMerges).where(eq(personMerges.id, mergeId));
    if (!m) throw notFound();
    // Scope first: someone who may not see the person must not learn the merge's state.
    const into = await findVisiblePerson(tx, viewer, m.intoPersonId, { mode: 'write' });
    if (m.undoneAt) throw invalid({ mergeId: 'already undone' });
    if (m.involvementIds.length) {
      await tx
        .update(involvements)
        .set({ personId: m.fromPersonId, updatedAt: now })
        .where(and(inArray(involvements.id, m.involvementIds), eq(involvements.personId, into.id)));
    }
    const aliases = into.aliases.filter((a) => !m.addedAliases.includes(a));
    await tx
      .update(people)
      .set({ aliases, searchKeys: personSearchKeys({ ...into, aliases }), updatedAt: now })
      .where(eq(people.id, into.id));
    await tx.update(people).set({ mergedInto: null, updatedAt: now }).where(eq(people.id, m.fromPersonId));
    await tx.update(personMerges).set({ undoneBy: viewer.userId, undoneAt: now }).where(eq(personMerges.id, mergeId));
    const [personA, personB] = ordered(m.fromPersonId, m.intoPersonId);
    await tx
      .update(personDuplicates)
      .set({ decision: 'different', decidedBy: viewer.userId, decidedAt: now })
      .where(and(eq(personDuplicates.personA, personA), eq(personDuplicates.personB, personB)));
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'person.unmerge',
        recordType: 'person',
        recordId: m.intoPersonId,
        detail: { mergeId, from: m.fromPersonId },
      },
    );
  });
}
