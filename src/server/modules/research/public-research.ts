import { GENDERS, type Gender } from '../../../shared/people.ts';
import type { OffenderResearch } from './offender-stats.ts';
import type { TestResult } from './significance.ts';

/** Below this, a count could point at a person: `--public` shows it as null (data-exchange contract). */
export const SUPPRESS_BELOW = 5;

type Shown = number | null;
type Flag = { suppressed?: true };
type GenderShown = Record<Gender, Shown> & Flag;

/** The research figures fit to share outside the organisation. */
export type PublicOffenderResearch = {
  total: Shown;
  suppressed?: true;
  nationalityCount: number;
  gender: { counts: GenderShown; percent: GenderShown; test: TestResult | null };
  nationality: ({ code: string | null; count: Shown; percent: Shown } & Flag)[];
  roles: { perpetrator: Shown; accomplice: Shown } & Flag;
  perpetratorGender: GenderShown;
  perpetratorGenderCounts: GenderShown;
  roleByNationality: ({
    code: string | null;
    perpetrators: Shown;
    accomplices: Shown;
    perpetratorPercent: Shown;
    accomplicePercent: Shown;
    test: TestResult | null;
  } & Flag)[];
};

const hidden = (count: number) => count < SUPPRESS_BELOW;
/** `{ suppressed: true }` when anything in the object was hidden, else nothing (the key is absent). */
const flag = (...counts: number[]): Flag => (counts.some(hidden) ? { suppressed: true } : {});
/** A figure that gives its count away (the count itself, or its share of a shown total) is hidden with it. */
const show = (count: number, value: Shown = count): Shown => (hidden(count) ? null : value);

function genders(counts: Record<Gender, number>, values: Record<Gender, Shown> = counts): GenderShown {
  const shown = Object.fromEntries(GENDERS.map((g) => [g, show(counts[g], values[g])])) as Record<Gender, Shown>;
  return { ...shown, ...flag(...GENDERS.map((g) => counts[g])) };
}

/**
 * `--public`: every count below 5 becomes null with `"suppressed": true` in
 * the same object, and so does every percentage of such a count (it would
 * give the count back). Tests stay: they were computed on the full figures
 * and identify nobody. Order is kept as computed (by the true counts).
 */
export function publicResearch(r: OffenderResearch): PublicOffenderResearch {
  return {
    total: show(r.total),
    ...flag(r.total),
    nationalityCount: r.nationalityCount,
    gender: {
      counts: genders(r.gender.counts),
      percent: genders(r.gender.counts, r.gender.percent),
      test: r.gender.test,
    },
    nationality: r.nationality.map((n) => ({
      code: n.code,
      count: show(n.count),
      percent: show(n.count, n.percent),
      ...flag(n.count),
    })),
    roles: {
      perpetrator: show(r.roles.perpetrator),
      accomplice: show(r.roles.accomplice),
      ...flag(r.roles.perpetrator, r.roles.accomplice),
    },
    perpetratorGender: genders(r.perpetratorGenderCounts, r.perpetratorGender),
    perpetratorGenderCounts: genders(r.perpetratorGenderCounts),
    roleByNationality: r.roleByNationality.map((n) => ({
      code: n.code,
      perpetrators: show(n.perpetrators),
      accomplices: show(n.accomplices),
      perpetratorPercent: show(n.perpetrators, n.perpetratorPercent),
      accomplicePercent: show(n.accomplices, n.accomplicePercent),
      test: n.test,
      ...flag(n.perpetrators, n.accomplices),
    })),
  };
}
