import { z } from 'zod';
import { EXPLOITATION_TYPES } from '../../../shared/investigations.ts';
import { OFFICE_CODES } from '../../../shared/offices.ts';
import { RESEARCH_PERIODS } from '../../../shared/research.ts';

const year = z.coerce.number('a year').int('a whole year').min(1990, 'from 1990').max(2100, 'until 2100');
/** A query-string boolean: `true`/`1` or `false`/`0`. */
const flag = z
  .enum(['true', 'false', '1', '0'], 'true or false')
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** The research filters, shared by the page, the exports and the command line. */
const filterShape = {
  /** Which date the year range applies to: the arrest (default), or the opening of the investigation. */
  period: z.enum(RESEARCH_PERIODS, 'arrest or opened').optional(),
  from: year.optional(),
  to: year.optional(),
  office: z.enum(OFFICE_CODES, 'not a known office').optional(),
  exploitationType: z.enum(EXPLOITATION_TYPES, 'not a known exploitation type').optional(),
};

const rangeInOrder = <T extends { from?: number; to?: number }>(schema: z.ZodType<T>) =>
  schema.refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    path: ['to'],
    message: 'not before from',
  });

export const filters = rangeInOrder(z.strictObject(filterShape));
export type ResearchFilters = z.infer<typeof filters>;

export const offendersQuery = rangeInOrder(z.strictObject({ ...filterShape, public: flag }));
export const exportQuery = rangeInOrder(
  z.strictObject({ ...filterShape, public: flag, format: z.enum(['csv', 'xlsx'], 'csv or xlsx') }),
);

// --- The answer: the contract's JSON (full or public); nulls are suppressed or undefined figures ---

const shown = z.number().nullable();
const suppressed = z.literal(true).optional();
const test = z
  .object({
    name: z.enum(['chi_square_goodness_of_fit', 'chi_square_independence', 'fisher_exact']),
    statistic: z.number().nullable(),
    df: z.literal(1),
    p: z.number(),
  })
  .nullable();
const genders = z.object({ male: shown, female: shown, other: shown, unknown: shown, suppressed });

export const research = z.object({
  total: shown,
  suppressed,
  nationalityCount: z.number(),
  gender: z.object({ counts: genders, percent: genders, test }),
  nationality: z.array(z.object({ code: z.string().nullable(), count: shown, percent: shown, suppressed })),
  roles: z.object({ perpetrator: shown, accomplice: shown, suppressed }),
  perpetratorGender: genders,
  perpetratorGenderCounts: genders,
  roleByNationality: z.array(
    z.object({
      code: z.string().nullable(),
      perpetrators: shown,
      accomplices: shown,
      perpetratorPercent: shown,
      accomplicePercent: shown,
      test,
      suppressed,
    }),
  ),
});
