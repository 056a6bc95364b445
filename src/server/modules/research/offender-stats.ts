import { GENDERS, type Gender } from '../../../shared/people.ts';
import { independenceTest, type TestResult, twoCategoryGoodnessOfFit } from './significance.ts';

/** Offenders counted by (gender, nationality, role): what the database query returns. */
export type OffenderGroup = {
  gender: Gender;
  /** ISO 3166-1 alpha-2, upper case; null when unknown. */
  nationality: string | null;
  role: 'perpetrator' | 'accomplice';
  count: number;
};

type GenderFigures<T> = Record<Gender, T>;

/** `komar research offenders --format json` (data-exchange contract), before any suppression. */
export type OffenderResearch = {
  total: number;
  nationalityCount: number;
  gender: { counts: GenderFigures<number>; percent: GenderFigures<number | null>; test: TestResult | null };
  nationality: { code: string | null; count: number; percent: number | null }[];
  roles: { perpetrator: number; accomplice: number };
  perpetratorGender: GenderFigures<number | null>;
  /** Added beside the contract's keys: the counts `perpetratorGender` is the share of. */
  perpetratorGenderCounts: GenderFigures<number>;
  roleByNationality: {
    code: string | null;
    perpetrators: number;
    accomplices: number;
    perpetratorPercent: number | null;
    accomplicePercent: number | null;
    test: TestResult | null;
  }[];
};

/**
 * A share in percent with one decimal, rounded half up on the exact fraction
 * (integer arithmetic: 1 of 16 is 6.3, never 6.2 through a float error).
 * Null when there is nothing to take a share of.
 */
export function percent(count: number, of: number): number | null {
  if (of === 0) return null;
  return Math.floor((2000 * count + of) / (2 * of)) / 10;
}

const byGender = <T>(value: (g: Gender) => T) =>
  Object.fromEntries(GENDERS.map((g) => [g, value(g)])) as GenderFigures<T>;

/** Count descending, then code (an unknown nationality, null, after every code). */
function byCountThenCode(a: { code: string | null; count: number }, b: { code: string | null; count: number }) {
  if (a.count !== b.count) return b.count - a.count;
  if (a.code === b.code) return 0;
  if (a.code === null) return 1;
  if (b.code === null) return -1;
  return a.code < b.code ? -1 : 1;
}

export function offenderResearch(groups: readonly OffenderGroup[]): OffenderResearch {
  const sum = (keep: (g: OffenderGroup) => boolean) => groups.filter(keep).reduce((n, g) => n + g.count, 0);
  const total = sum(() => true);
  const counts = byGender((gender) => sum((g) => g.gender === gender));
  const roles = {
    perpetrator: sum((g) => g.role === 'perpetrator'),
    accomplice: sum((g) => g.role === 'accomplice'),
  };
  const codes = [...new Set(groups.map((g) => g.nationality))];
  const nationality = codes
    .map((code) => ({ code, count: sum((g) => g.nationality === code) }))
    .sort(byCountThenCode)
    .map(({ code, count }) => ({ code, count, percent: percent(count, total) }));
  const roleByNationality = nationality.map(({ code }) => {
    const perpetrators = sum((g) => g.nationality === code && g.role === 'perpetrator');
    const accomplices = sum((g) => g.nationality === code && g.role === 'accomplice');
    return {
      code,
      perpetrators,
      accomplices,
      perpetratorPercent: percent(perpetrators, roles.perpetrator),
      accomplicePercent: percent(accomplices, roles.accomplice),
      // This nationality vs all others × perpetrator vs accomplice.
      test: independenceTest([
        perpetrators,
        accomplices,
        roles.perpetrator - perpetrators,
        roles.accomplice - accomplices,
      ]),
    };
  });
  const perpetratorGenderCounts = byGender((gender) => sum((g) => g.role === 'perpetrator' && g.gender === gender));
  return {
    total,
    nationalityCount: codes.filter((c) => c !== null).length,
    gender: {
      counts,
      percent: byGender((g) => percent(counts[g], total)),
      test: twoCategoryGoodnessOfFit(counts.male, counts.female),
    },
    nationality,
    roles,
    perpetratorGender: byGender((g) => percent(perpetratorGenderCounts[g], roles.perpetrator)),
    perpetratorGenderCounts,
    roleByNationality,
  };
}
