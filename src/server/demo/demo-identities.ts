/**
 * Who each seeded person is, computed from their index: role, names in
 * Khmer script and/or Latin letters (the common names of src/shared/names),
 * gender, age, nationality. Some people are entered twice, once in each
 * script, as really happens: the duplicate detection has pairs to find.
 */

import { FOREIGN, KHMER_FAMILY_NAMES, KHMER_GIVEN_NAMES } from '../../shared/names/synthetic-people.ts';
import type { InvolvementRole } from '../../shared/people.ts';
import { investigationFacts } from './demo-investigations.ts';
import { between, chance, pick, type Rng, type World } from './demo-world.ts';

/**
 * Person p is involved in investigation p mod I, in the role of round ⌊p / I⌋:
 * with ten people per investigation (the large scale) each has three victims,
 * two offenders, two family members, two witnesses and an informant.
 */
const ROUND_ROLES: readonly InvolvementRole[] = [
  'victim',
  'perpetrator',
  'family_member',
  'witness',
  'victim',
  'accomplice',
  'family_member',
  'victim',
  'informant',
  'witness',
];

export const investigationOf = (w: World, p: number) => p % w.counts.investigations;
export const roleOf = (w: World, p: number): InvolvementRole =>
  ROUND_ROLES[Math.floor(p / w.counts.investigations) % ROUND_ROLES.length] as InvolvementRole;
/** The person in `round` of investigation i, if the seed has that many people. */
export function personIn(w: World, i: number, round: number): number | null {
  const p = round * w.counts.investigations + i;
  return p < w.counts.people ? p : null;
}
export const VICTIM_ROUND = 0;
export const PERPETRATOR_ROUND = 1;
export const FAMILY_ROUND = 2;
export const ACCOMPLICE_ROUND = 5;

/**
 * Every 97th person (from the 50th) is a second record of an earlier person
 * of the same office (one of the twelve before), entered in the other script
 * in another investigation, as happens when nobody searched first. Same
 * office, so the pair is in one manager's review list.
 */
export function originalOf(w: World, p: number): number | null {
  if (p % 97 !== 50) return null;
  const office = investigationFacts(w, investigationOf(w, p)).office;
  for (let q = p - 1; q >= Math.max(0, p - 12); q--)
    if (investigationFacts(w, investigationOf(w, q)).office === office) return q;
  return null;
}

export type Identity = {
  khmerName: string | null;
  latinName: string | null;
  gender: string;
  birthYear: number | null;
  estimatedAge: number | null;
  nationality: string | null;
};

type Entry = 'khmer' | 'latin' | 'both';

/**
 * The person's facts as entered. `openedYear` is the year of their
 * investigation: victims are children then, offenders adults.
 */
export function identity(w: World, p: number): Identity {
  const first = originalOf(w, p);
  const second = first !== null;
  const original = first ?? p;
  const openedYear = Number(investigationFacts(w, investigationOf(w, original)).openedOn.slice(0, 4));
  const rng = w.rng('person', original);
  const role = roleOf(w, original);
  const offender = role === 'perpetrator' || role === 'accomplice';
  const foreign = offender ? chance(rng, 0.3) : chance(rng, 0.03);
  const gender = offender ? (chance(rng, 0.9) ? 'male' : 'female') : chance(rng, 0.6) ? 'female' : 'male';
  const age = role === 'victim' ? between(rng, 5, 17) : offender ? between(rng, 22, 70) : between(rng, 16, 65);
  // Many children have no papers: their age is estimated when they are met.
  const estimated = role === 'victim' && chance(rng, 0.2);
  const facts = {
    gender: chance(rng, 0.04) ? 'unknown' : gender,
    birthYear: estimated ? null : openedYear - age,
    estimatedAge: estimated ? age : null,
  };
  if (foreign) {
    const country = pick(rng, FOREIGN);
    const given = pick(rng, gender === 'female' ? country.female : country.male).replace('_', ' ');
    const family = pick(rng, country.family);
    const latinName = country.familyFirst ? `${family} ${given}` : `${given} ${family}`;
    return { khmerName: null, latinName, ...facts, nationality: country.nationality };
  }
  const family = pick(rng, KHMER_FAMILY_NAMES);
  const givens = KHMER_GIVEN_NAMES.filter((n) => n.gender === 'u' || n.gender === (gender === 'female' ? 'f' : 'm'));
  const given = pick(rng, givens);
  const nationality = chance(rng, 0.15) ? null : 'KH';
  // The first record: mostly both scripts. A second record: only the script the first one lacks.
  const entered: Entry = pick(rng, ['both', 'both', 'both', 'khmer', 'latin'] as const);
  const entry: Entry = second ? (entered === 'latin' ? 'khmer' : 'latin') : entered;
  const spelling = (names: readonly string[], r: Rng) =>
    second && names.length > 1 && chance(r, 0.5) ? pick(r, names.slice(1)) : (names[0] ?? '');
  const variant = w.rng('second-record', p);
  return {
    khmerName: entry === 'latin' ? null : `${family.khmer} ${given.khmer}`,
    latinName: entry === 'khmer' ? null : `${spelling(family.latin, variant)} ${spelling(given.latin, variant)}`,
    ...facts,
    nationality,
  };
}
