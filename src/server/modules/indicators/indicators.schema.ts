import { z } from 'zod';
import { CHILD_FRIENDLY_MEASURES, COURTS } from '../../../shared/court.ts';
import { isoDate } from '../../../shared/schemas.ts';
import { INCREASE_KINDS, INDICATORS, MAX_YEAR, MIN_YEAR, STANDARD_ANSWERS } from './indicator-codes.ts';

const id = z.uuid('not a valid reference');
const label = z.string().trim().min(1, 'required').max(300);
const year = z.number().int('a whole year').min(MIN_YEAR).max(MAX_YEAR);
const courtCode = z.enum(COURTS.map((c) => c.code) as [string, ...string[]], 'not a known court');
const percent = z.number().nullable();

// --- The checklist items (administrators) -------------------------------------------------

export const itemParams = z.strictObject({ id });
export const item = z.object({
  id: z.string(),
  code: z.string().nullable(),
  labelEn: z.string(),
  labelKm: z.string(),
  active: z.boolean(),
  sortOrder: z.number(),
  /** How many court cases answered it: a used item can be deactivated, never deleted. */
  answers: z.number(),
});
export const itemList = z.object({ items: z.array(item) });
export const createItemBody = z.strictObject({ labelEn: label, labelKm: label });
export const patchItemBody = z
  .strictObject({ labelEn: label.optional(), labelKm: label.optional(), active: z.boolean().optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const orderBody = z.strictObject({ ids: z.array(id).min(1).max(500) });

// --- Baselines and targets (administrators) ---------------------------------------------

export const indicatorParams = z.strictObject({ indicator: z.enum(INDICATORS, 'not an indicator') });
export const targetBody = z
  .strictObject({
    baselineYear: year.nullable(),
    increaseKind: z.enum(INCREASE_KINDS),
    increase: z.number().gt(0, 'more than 0').max(1000),
    targetYear: year.nullable(),
  })
  .superRefine((t, issue) => {
    if (t.increaseKind === 'points' && t.increase > 100) {
      issue.addIssue({ code: 'custom', path: ['increase'], message: 'at most 100 percentage points' });
    }
    if (t.baselineYear !== null && t.targetYear !== null && t.targetYear <= t.baselineYear) {
      issue.addIssue({ code: 'custom', path: ['targetYear'], message: 'after the baseline year' });
    }
  });
export const targetSettings = z.object({
  indicator: z.enum(INDICATORS),
  baselineYear: z.number().nullable(),
  increaseKind: z.enum(INCREASE_KINDS),
  increase: z.number(),
  targetYear: z.number().nullable(),
});
export const targetList = z.object({ items: z.array(targetSettings) });

// --- One court case's checklist ------------------------------------------------------------

export const checklistParams = z.strictObject({ courtCaseId: id });
export const checklistBody = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        itemId: id,
        /** null clears the answer. */
        answer: z.enum(STANDARD_ANSWERS).nullable(),
        on: isoDate.nullable().optional(),
      }),
    )
    .min(1)
    .max(200),
});
export const adherence = z.object({
  yes: z.number(),
  no: z.number(),
  notApplicable: z.number(),
  unanswered: z.number(),
  /** yes / (yes + no) × 100, one decimal; null while nothing applicable is answered. */
  percent,
});
export const checklist = z.object({
  courtCaseId: z.string(),
  canEdit: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      labelEn: z.string(),
      labelKm: z.string(),
      active: z.boolean(),
      answer: z.enum(STANDARD_ANSWERS).nullable(),
      on: z.string().nullable(),
    }),
  ),
  adherence,
});

// --- The dashboard's figures ---------------------------------------------------------------

export const figuresQuery = z.strictObject({
  from: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  to: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional(),
  court: courtCode.optional(),
});

const target = targetSettings.extend({
  /** The indicator's value in the baseline year (null: no baseline year, or no data that year). */
  baselineValue: percent,
  /** The baseline value raised by the increase, at most 100. */
  targetValue: percent,
});
export const standardsFigures = z.object({
  /** Answers counted: yes, no and not applicable (the last left out of the percentage). */
  yes: z.number(),
  no: z.number(),
  notApplicable: z.number(),
  /** Court cases with at least one answer counted in the year. */
  cases: z.number(),
  percent,
  /** (value − baseline) / (target − baseline) × 100, whole number; may pass 100 or be negative. */
  progress: percent,
});
export const childFriendlyFigures = z.object({
  /** Hearings held in the year at which a child testified: the denominator. */
  hearings: z.number(),
  /** Of those, hearings with at least one child-friendly measure. */
  withMeasure: z.number(),
  percent,
  /** Measures per hearing with a child, two decimals. */
  meanMeasures: z.number().nullable(),
  byMeasure: z.array(z.object({ measure: z.enum(CHILD_FRIENDLY_MEASURES), hearings: z.number(), percent })),
  progress: percent,
});
export const figures = z.object({
  from: z.number(),
  to: z.number(),
  court: z.string().nullable(),
  /** The first series is all courts (or the chosen court); then one per court with data. */
  series: z.array(
    z.object({
      court: z.string().nullable(),
      targets: z.object({ standards: target, childFriendly: target }),
      years: z.array(z.object({ year: z.number(), standards: standardsFigures, childFriendly: childFriendlyFigures })),
    }),
  ),
});
