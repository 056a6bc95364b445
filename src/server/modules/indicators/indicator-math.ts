import type { TargetSettings } from './indicator-codes.ts';

/**
 * The arithmetic of the indicators, apart from the database so it can be
 * checked by hand (decision 013). Percentages are 0–100; callers round.
 */

/** Share of applicable answers that were "yes"; null when no applicable item was answered. */
export function adherence(yes: number, no: number): number | null {
  return yes + no === 0 ? null : (100 * yes) / (yes + no);
}

/** Share of hearings with a child that used at least one child-friendly measure. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

/** The baseline raised by the target's increase, never above 100 %. */
export function targetValue(baseline: number | null, t: TargetSettings): number | null {
  if (baseline === null) return null;
  const raised = t.increaseKind === 'relative' ? baseline * (1 + t.increase / 100) : baseline + t.increase;
  return Math.min(100, raised);
}

/**
 * How far a year's value has come from the baseline toward the target, in %
 * of the way: 0 at the baseline, 100 on the target. Not clamped: a year below
 * the baseline is negative, one beyond the target passes 100. Null when there
 * is nothing to measure, or when the target equals the baseline (a baseline
 * of 100 %, or 0 % with a relative increase: choose points then).
 */
export function progress(value: number | null, baseline: number | null, target: number | null): number | null {
  if (value === null || baseline === null || target === null || target === baseline) return null;
  return (100 * (value - baseline)) / (target - baseline);
}

/** One decimal, as the dashboard shows a percentage. */
export const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
/** Two decimals, for the mean number of measures. */
export const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
/** Progress is shown in whole percent. */
export const round0 = (x: number | null) => (x === null ? null : Math.round(x));
