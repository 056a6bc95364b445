import { eq, inArray } from 'drizzle-orm';
import type { Gender, InvolvementRole } from '../../../shared/people.ts';
import type { Ctx } from '../../context.ts';
import type { Executor } from '../../db/client.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { involvements, people } from './people.table.ts';
import { peopleVisibleTo } from './people-scope.ts';
import { findByName, personSearchKeys, rememberTokens } from './people-search.service.ts';

export type NewPerson = {
  khmerName?: string;
  latinName?: string;
  gender: string;
  birthYear?: number;
  estimatedAge?: number;
  nationality?: string;
};

/** `P-000042`: how a person is named to anyone who may not see names, and in every export. */
export function pseudonym(number: number): string {
  return `P-${String(number).padStart(6, '0')}`;
}

/** What to call a person: a name if the viewer may see it and one is known, else the pseudonym. */
export function displayName(
  person: { number: number; latinName: string | null; khmerName: string | null },
  mayIdentify: boolean,
): string {
  return (mayIdentify && (person.latinName || person.khmerName)) || pseudonym(person.number);
}

type AgeFacts = {
  birthYear: number | null;
  birthDate: string | null;
  estimatedAge: number | null;
  estimatedOn: string | null;
};

/**
 * The year a person was born, from their papers (year or date) or else
 * estimated from an estimated age as of when it was estimated: reports count
 * children by age even when no papers exist. Every screen shows it this way.
 */
export function birthYearOf(p: AgeFacts): { birthYear: number | null; birthYearEstimated: boolean } {
  const known = p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null);
  if (known !== null) return { birthYear: known, birthYearEstimated: false };
  const estimated =
    p.estimatedAge !== null && p.estimatedOn ? Number(p.estimatedOn.slice(0, 4)) - p.estimatedAge : null;
  return { birthYear: estimated, birthYearEstimated: estimated !== null };
}

export async function createPerson(tx: Executor, input: NewPerson, now?: Date): Promise<typeof people.$inferSelect> {
  const [row] = await tx
    .insert(people)
    .values({
      khmerName: input.khmerName || null,
      latinName: input.latinName || null,
      gender: input.gender,
      birthYear: input.birthYear ?? null,
      estimatedAge: input.estimatedAge ?? null,
      estimatedOn: input.estimatedAge === undefined ? null : (now ?? new Date()).toISOString().slice(0, 10),
      nationality: input.nationality ?? null,
      searchKeys: personSearchKeys(input),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await rememberTokens(tx, row.searchKeys);
  return row;
}

export async function findPerson(db: Executor, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

/**
 * People whose names look like the query, in the viewer's scope, with their
 * roles; names only for viewers with `people:identify` (the route requires it).
 */
export async function searchPeople(
  ctx: Ctx,
  viewer: Viewer,
  query: { q: string; limit: number; birthYear?: number; gender?: Gender },
) {
  const facts = { birthYear: query.birthYear, gender: query.gender };
  const found = await ctx.db.transaction((tx) => findByName(tx, query.q, peopleVisibleTo(viewer), query.limit, facts));
  const roles = found.length
    ? await ctx.db
        .selectDistinct({ personId: involvements.personId, role: involvements.role })
        .from(involvements)
        .where(
          inArray(
            involvements.personId,
            found.map((p) => p.id),
          ),
        )
    : [];
  const mayIdentify = viewer.permissions.includes('people:identify');
  return found.map((p) => ({
    id: p.id,
    pseudonym: pseudonym(p.number),
    displayName: displayName(p, mayIdentify),
    khmerName: mayIdentify ? p.khmerName : null,
    latinName: mayIdentify ? p.latinName : null,
    gender: p.gender as Gender,
    ...birthYearOf(p),
    nationality: p.nationality,
    score: Math.round(p.score * 100) / 100,
    roles: roles.filter((r) => r.personId === p.id).map((r) => r.role as InvolvementRole),
  }));
}
