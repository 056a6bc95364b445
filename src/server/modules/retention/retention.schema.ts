import { z } from 'zod';
import { MAX_YEARS, MIN_YEARS, RETENTION_RULES } from './retention.rules.ts';

export const ruleParams = z.object({ rule: z.enum(RETENTION_RULES) });

export const ruleBody = z
  .object({
    enabled: z.boolean(),
    years: z
      .number()
      .int('a whole number of years')
      .min(MIN_YEARS, `at least ${MIN_YEARS} year`)
      .max(MAX_YEARS, `at most ${MAX_YEARS} years`),
  })
  .strict();

export const ruleView = z.object({
  rule: z.enum(RETENTION_RULES),
  enabled: z.boolean(),
  years: z.number().int(),
  /** How many records it would purge if it ran now with `years`. */
  purgeableNow: z.number().int(),
  updatedAt: z.string().nullable(),
  lastRunAt: z.string().nullable(),
  lastRunPurged: z.number().int().nullable(),
});

export const rulesView = z.object({ rules: z.array(ruleView), minYears: z.number(), maxYears: z.number() });

const counts = z.object({
  calls: z.number(),
  reports: z.number(),
  reportUrls: z.number(),
  reportMessages: z.number(),
  idempotencyKeys: z.number(),
  urlAssessments: z.number(),
  urlActions: z.number(),
});

export const runBody = z.object({ dryRun: z.boolean().default(false) }).strict();

export const runView = z.object({
  rules: z.array(
    z.object({
      rule: z.enum(RETENTION_RULES),
      years: z.number().nullable(),
      outcome: z.enum(['purged', 'would_purge', 'disabled', 'busy', 'not_due']),
      records: z.number(),
      deleted: counts,
    }),
  ),
  idempotencyKeysExpired: z.number(),
});
