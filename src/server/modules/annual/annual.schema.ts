import { z } from 'zod';
import { OWN_ACTIVITY_TYPES } from '../../../shared/events.ts';

/** The years a report can be asked for: four digits, so every date bound is a valid date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export const yearSchema = z.coerce
  .number({ error: 'must be a year such as 2015' })
  .int('must be a whole year such as 2015')
  .min(MIN_YEAR, `must be ${MIN_YEAR} or later`)
  .max(MAX_YEAR, `must be ${MAX_YEAR} or earlier`);

const count = z.number().int().nonnegative();

/** `komar report annual --format json`, exactly the keys of the data-exchange contract. */
export const annualFigures = z.object({
  year: z.number().int(),
  criminalJusticeDevelopment: z.object({
    casesInvestigated: count,
    casesOpened: count,
    casesWithNationalPolice: count,
    casesWithForeignPolice: count,
    arrests: z.object({ foreign: count, cambodian: count, total: count }),
    victimsRescued: count,
  }),
  courtSupport: z.object({ legalSupportClients: count, socialSupportClients: count }),
  communityEngagement: z.object({
    participants: count,
    activities: z.object(
      Object.fromEntries(OWN_ACTIVITY_TYPES.map((t) => [t, count])) as Record<
        (typeof OWN_ACTIVITY_TYPES)[number],
        typeof count
      >,
    ),
    governmentEvents: z.object({ events: count, participants: count }),
  }),
});
export type AnnualFigures = z.infer<typeof annualFigures>;

/** What the report page reads: the year and the one before it, side by side. */
export const annualReport = z.object({ current: annualFigures, previous: annualFigures });
export type AnnualReport = z.infer<typeof annualReport>;

export const reportParams = z.strictObject({ year: yearSchema });
export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export const exportParams = z.strictObject({ year: yearSchema, format: z.enum(EXPORT_FORMATS) });
