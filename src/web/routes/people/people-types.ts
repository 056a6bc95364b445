import type { Gender, InvolvementRole } from '../../../shared/people.ts';

/** Shapes of the people answers (`src/server/modules/people/people.schema.ts` is the source). */

/** A person as the duplicate review shows them: names in both scripts, and the facts that tell people apart. */
export type PersonSummary = {
  id: string;
  /** `P-000042`: how the record is named where names may not be shown. */
  pseudonym: string;
  displayName: string;
  khmerName: string | null;
  latinName: string | null;
  gender: Gender;
  birthYear: number | null;
  /** The birth year comes from an estimated age, not from papers. */
  birthYearEstimated: boolean;
  /** ISO 3166 alpha-2 code. */
  nationality: string | null;
};

/** One answer of `GET /api/people/search`, best match first. */
export type PersonMatch = PersonSummary & {
  /** 0..1: how closely the names (and facts) match the query. */
  score: number;
  /** Every role this person holds across records. */
  roles: InvolvementRole[];
};

/** A pair waiting for a manager's decision (`GET /api/people/duplicates`), newest first. */
export type DuplicatePair = {
  a: PersonSummary;
  b: PersonSummary;
  score: number;
  /** Codes from `src/shared/names/match.ts`, never names. */
  reasons: string[];
  foundAt: string;
};

export type DuplicateDecision = 'same' | 'different';
