/**
 * Code lists of the indicators (decision 013). The web app keeps a copy in
 * src/web/routes/indicators/indicator-types.ts, checked equal by a test.
 */

/** How a court case met one national standard. `not_applicable` leaves the item out of the adherence. */
export const STANDARD_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type StandardAnswer = (typeof STANDARD_ANSWERS)[number];

/** The two indicators of the objective, each with its own baseline year and target. */
export const INDICATORS = ['standards', 'child_friendly'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** A target is the baseline value plus N % of it (`relative`) or plus N percentage points (`points`). */
export const INCREASE_KINDS = ['relative', 'points'] as const;
export type IncreaseKind = (typeof INCREASE_KINDS)[number];

export type TargetSettings = {
  baselineYear: number | null;
  increaseKind: IncreaseKind;
  increase: number;
  targetYear: number | null;
};

/** "30 % increase" of the objective, read as relative to the baseline; no baseline year until one is chosen. */
export const DEFAULT_TARGET: TargetSettings = {
  baselineYear: null,
  increaseKind: 'relative',
  increase: 30,
  targetYear: null,
};

/** Years the indicators accept; the span keeps one request's answer small. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_SPAN_YEARS = 30;
