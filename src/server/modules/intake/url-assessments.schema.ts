import { z } from 'zod';
import { AGE_GROUPS, CONTENT_TYPES, URL_ACTIONS, URL_VERDICTS } from '../../../shared/internet-hotline.ts';
import { countryCode, isoDate } from '../../../shared/schemas.ts';

export const urlHashParams = z.strictObject({ hash: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a URL reference') });

export const urlListQuery = z.strictObject({
  status: z.enum(['unassessed', 'assessed', 'all']).default('unassessed'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const assessmentBody = z.strictObject({
  verdict: z.enum(URL_VERDICTS),
  contentType: z.enum(CONTENT_TYPES).nullable().optional(),
  ageGroup: z.enum(AGE_GROUPS).nullable().optional(),
  severity: z.number().int().min(1).max(5).nullable().optional(),
  hostingCountry: countryCode.nullable().optional(),
  hostingProvider: z.string().trim().max(200).nullable().optional(),
  notes: z.string().trim().max(20_000).nullable().optional(),
});

export const actionBody = z
  .strictObject({
    action: z.enum(URL_ACTIONS),
    on: isoDate,
    /** In words: the hosting provider noticed, the police unit. */
    recipient: z.string().trim().max(200).optional(),
    /** The hotline abroad a URL is forwarded to, from the partner directory. */
    partnerId: z.uuid('not a partner reference').optional(),
  })
  .superRefine((b, ctx) => {
    if (b.action === 'forwarded_to_hotline' && !b.partnerId) {
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'which hotline it was forwarded to' });
    }
  });

export const figuresQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });

const assessment = z.object({
  verdict: z.enum(URL_VERDICTS),
  contentType: z.string().nullable(),
  ageGroup: z.string().nullable(),
  severity: z.number().nullable(),
  hostingCountry: z.string().nullable(),
  hostingProvider: z.string().nullable(),
  notes: z.string().nullable(),
  assessedBy: z.string(),
  assessedByName: z.string(),
  assessedAt: z.string(),
});

export const urlItem = z.object({
  hash: z.string(),
  defanged: z.string(),
  host: z.string(),
  firstReportedAt: z.string(),
  reportCount: z.number(),
  verdict: z.enum(URL_VERDICTS).nullable(),
  suggestedCountry: z.string().nullable(),
});

export const urlDetail = urlItem.extend({
  assessment: assessment.nullable(),
  reports: z.array(z.object({ id: z.string(), trackingCode: z.string(), receivedAt: z.string() })),
  actions: z.array(
    z.object({
      action: z.enum(URL_ACTIONS),
      on: z.string(),
      recipient: z.string().nullable(),
      partnerId: z.string().nullable(),
      partnerName: z.string().nullable(),
      byUserId: z.string(),
      byName: z.string(),
    }),
  ),
});

const figureRow = z.object({
  assessed: z.number(),
  illegal: z.number(),
  illegalPercent: z.number(),
  medianDaysToRemoval: z.number().nullable(),
});
export const figures = z.object({
  total: figureRow,
  byCountry: z.array(figureRow.extend({ country: z.string().nullable() })),
});
