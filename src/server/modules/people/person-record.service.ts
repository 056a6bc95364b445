import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Gender } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import { rowsOf } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { conflict } from '../../platform/errors.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { queueDuplicates } from './duplicates.service.ts';
import type * as schema from './people.schema.ts';
import { birthYearOf, displayName, pseudonym } from './people.service.ts';
import { people, personDocuments } from './people.table.ts';
import { findVisiblePerson } from './people-scope.ts';
import { personSearchKeys, rememberTokens } from './people-search.service.ts';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A document number as people type it: any case, spaces and dashes ignored. */
const documentHash = (ctx: Ctx, kind: string, number: string) =>
  ctx.cipher.keyedHash(`${kind}:${number.toUpperCase().replace(/[\s-]/g, '')}`, 'person_documents.number');

/**
 * One person with every role they hold in investigations the viewer may see.
 * Reading a named record is audited: identities are the most sensitive data here.
 */
export async function getPerson(ctx: Ctx, viewer: Viewer, id: string): Promise<z.infer<typeof schema.personDetail>> {
  const p = await findVisiblePerson(ctx.db, viewer, id, { unmergedOnly: true });
  const mayIdentify = viewer.permissions.includes('people:identify');
  const roles = rowsOf<{
    involvement_id: string;
    role: string;
    investigation_id: string | null;
    number: number | null;
    arrested_on: string | Date | null;
    rescued_on: string | Date | null;
  }>(
    await ctx.db.execute(sql`
      select v.id as involvement_id, v.role, i.id as investigation_id, i.number::int as number,
             a.arrested_on::text as arrested_on, r.rescued_on::text as rescued_on
      from involvements v
      left join investigations i on i.id = v.investigation_id
      left join arrests a on a.involvement_id = v.id
      left join rescues r on r.involvement_id = v.id
      where v.person_id = ${id}
      order by v.created_at`),
  );
  const [{ documents = 0 } = {}] = rowsOf<{ documents: number }>(
    await ctx.db.execute(sql`select count(*)::int as documents from person_documents where person_id = ${id}`),
  );
  if (mayIdentify && (p.khmerName || p.latinName)) {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, { userId: viewer.userId }, { action: 'person.view', recordType: 'person', recordId: id }),
    );
  }
  return {
    id: p.id,
    pseudonym: pseudonym(p.number),
    displayName: displayName(p, mayIdentify),
    khmerName: mayIdentify ? p.khmerName : null,
    latinName: mayIdentify ? p.latinName : null,
    aliases: mayIdentify ? p.aliases : [],
    gender: p.gender as Gender,
    birthDate: mayIdentify ? p.birthDate : null,
    ...birthYearOf(p),
    estimatedAge: p.estimatedAge,
    estimatedOn: p.estimatedOn,
    nationality: p.nationality,
    languages: p.languages,
    documents,
    // A role in an investigation the viewer cannot see is counted, not shown.
    involvements: roles.map((r) => ({
      involvementId: r.involvement_id,
      role: r.role as z.infer<typeof schema.personDetail>['involvements'][number]['role'],
      investigation: r.investigation_id && r.number !== null ? { id: r.investigation_id, number: r.number } : null,
      arrestedOn: r.arrested_on ? String(r.arrested_on).slice(0, 10) : null,
      rescuedOn: r.rescued_on ? String(r.rescued_on).slice(0, 10) : null,
    })),
  };
}

/** Corrects a person's identity; names change the search keys, and may reveal a duplicate. */
export async function updatePerson(ctx: Ctx, viewer: Viewer, id: string, patch: z.infer<typeof schema.personPatch>) {
  const current = await findVisiblePerson(ctx.db, viewer, id, { unmergedOnly: true, mode: 'write' });
  const next = { ...current, ...patch };
  // An estimate is dated when it is made, so the age it gives can be read later.
  const estimate =
    patch.estimatedAge === undefined ? {} : { estimatedOn: patch.estimatedAge === null ? null : isoDay(ctx.now()) };
  const searchKeys = personSearchKeys(next);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(people)
      .set({ ...patch, ...estimate, searchKeys, updatedAt: ctx.now() })
      .where(eq(people.id, id))
      .returning();
    await rememberTokens(tx, searchKeys);
    const namesChanged = ['khmerName', 'latinName', 'aliases'].some((k) => k in patch);
    const duplicates = namesChanged && row ? await queueDuplicates(tx, row, ctx.now()) : 0;
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'person.update',
        recordType: 'person',
        recordId: id,
        detail: { changed: Object.keys(patch), duplicates },
      },
    );
  });
  return getPerson(ctx, viewer, id);
}

/** Records an identity document by its keyed hash; the number itself is never stored. */
export async function addDocument(ctx: Ctx, viewer: Viewer, id: string, input: z.infer<typeof schema.documentBody>) {
  await findVisiblePerson(ctx.db, viewer, id, { unmergedOnly: true, mode: 'write' });
  const numberHash = documentHash(ctx, input.kind, input.number);
  await ctx.db.transaction(async (tx) => {
    const [added] = await tx
      .insert(personDocuments)
      .values({ personId: id, kind: input.kind, numberHash, addedBy: viewer.userId, addedAt: ctx.now() })
      .onConflictDoNothing()
      .returning({ id: personDocuments.id });
    if (!added) throw conflict('this document is already recorded for this person', { number: 'already recorded' });
    await recordAudit(
      tx,
      { userId: viewer.userId },
      {
        action: 'person.document',
        recordType: 'person',
        recordId: id,
        detail: { kind: input.kind },
      },
    );
  });
  return getPerson(ctx, viewer, id);
}

/** The people (in the viewer's scope) holding a document with exactly this number. */
export async function findByDocument(ctx: Ctx, viewer: Viewer, input: z.infer<typeof schema.documentBody>) {
  const numberHash = documentHash(ctx, input.kind, input.number);
  const rows = await ctx.db
    .select({ id: people.id })
    .from(personDocuments)
    .innerJoin(people, eq(people.id, personDocuments.personId))
    .where(and(eq(personDocuments.numberHash, numberHash), sql`people.merged_into is null`))
    .orderBy(asc(people.number));
  const found = [];
  for (const { id } of rows) {
    try {
      found.push(await getPerson(ctx, viewer, id));
    } catch {
      // Out of scope: not shown, not confirmed.
    }
  }
  return found;
}
