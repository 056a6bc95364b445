import type { Gender } from '../../../shared/people.ts';
import type { ResearchPeriod } from '../../../shared/research.ts';

/** `GET /api/research/offenders` (the data-exchange contract's JSON). Null: suppressed, or no share to take. */
export type Shown = number | null;
export type Suppressed = { suppressed?: true };
export type ResearchTest = {
  name: 'chi_square_goodness_of_fit' | 'chi_square_independence' | 'fisher_exact';
  statistic: number | null;
  df: 1;
  p: number;
};
export type GenderFigures = Record<Gender, Shown> & Suppressed;

export type Research = {
  total: Shown;
  suppressed?: true;
  nationalityCount: number;
  gender: { counts: GenderFigures; percent: GenderFigures; test: ResearchTest | null };
  nationality: ({ code: string | null; count: Shown; percent: Shown } & Suppressed)[];
  roles: { perpetrator: Shown; accomplice: Shown } & Suppressed;
  perpetratorGender: GenderFigures;
  perpetratorGenderCounts: GenderFigures;
  roleByNationality: ({
    code: string | null;
    perpetrators: Shown;
    accomplices: Shown;
    perpetratorPercent: Shown;
    accomplicePercent: Shown;
    test: ResearchTest | null;
  } & Suppressed)[];
};

export type ResearchFilter = {
  period?: ResearchPeriod;
  from?: number;
  to?: number;
  office?: string;
  exploitationType?: string;
  public?: boolean;
};
