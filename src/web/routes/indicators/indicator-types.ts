/**
 * What the indicators API answers (src/server/modules/indicators/indicators.schema.ts).
 * The code lists are copies of the server's indicator-codes.ts, kept equal by codes.test.ts.
 */
export const STANDARD_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type StandardAnswer = (typeof STANDARD_ANSWERS)[number];
export const INDICATORS = ['standards', 'child_friendly'] as const;
export type Indicator = (typeof INDICATORS)[number];
export const INCREASE_KINDS = ['relative', 'points'] as const;
export type IncreaseKind = (typeof INCREASE_KINDS)[number];
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_SPAN_YEARS = 30;

export type StandardsItem = {
  id: string;
  code: string | null;
  labelEn: string;
  labelKm: string;
  active: boolean;
  sortOrder: number;
  answers: number;
};

export type TargetSettings = {
  indicator: Indicator;
  baselineYear: number | null;
  increaseKind: IncreaseKind;
  increase: number;
  targetYear: number | null;
};
export type Target = TargetSettings & { baselineValue: number | null; targetValue: number | null };

export type Checklist = {
  courtCaseId: string;
  canEdit: boolean;
  items: {
    id: string;
    labelEn: string;
    labelKm: string;
    active: boolean;
    answer: StandardAnswer | null;
    on: string | null;
  }[];
  adherence: { yes: number; no: number; notApplicable: number; unanswered: number; percent: number | null };
};
export type ChecklistAnswer = { itemId: string; answer: StandardAnswer | null; on?: string | null };

export type StandardsYear = {
  yes: number;
  no: number;
  notApplicable: number;
  cases: number;
  percent: number | null;
  progress: number | null;
};
export type ChildFriendlyYear = {
  hearings: number;
  withMeasure: number;
  percent: number | null;
  meanMeasures: number | null;
  byMeasure: { measure: string; hearings: number; percent: number | null }[];
  progress: number | null;
};
export type YearFigures = { year: number; standards: StandardsYear; childFriendly: ChildFriendlyYear };
export type Series = {
  court: string | null;
  targets: { standards: Target; childFriendly: Target };
  years: YearFigures[];
};
export type Figures = { from: number; to: number; court: string | null; series: Series[] };
export type FiguresFilter = { from?: number; to?: number; court?: string };
