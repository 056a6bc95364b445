import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { people } from './people.table.ts';

export type NewPerson = {
  khmerName?: string;
  latinName?: string;
  gender: string;
  birthYear?: number;
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

export async function createPerson(tx: Executor, input: NewPerson): Promise<typeof people.$inferSelect> {
  const [row] = await tx
    .insert(people)
    .values({
      khmerName: input.khmerName || null,
      latinName: input.latinName || null,
      gender: input.gender,
      birthYear: input.birthYear ?? null,
      nationality: input.nationality ?? null,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findPerson(db: Executor, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}
