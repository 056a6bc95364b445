import { z } from 'zod';
import { PROVINCE_CODES } from './provinces.ts';
import { MAX_DESCRIPTION, MAX_PLACE, MAX_URLS, REPORT_CATEGORIES } from './report-codes.ts';
import { isoDate } from './schemas.ts';

export { MAX_URLS, REPORT_CATEGORIES };

/**
 * A reported URL: http or https only, never fetched. `javascript:`, `data:`,
 * `file:` and the like are refused, so nothing a reporter sends can run or be
 * opened by a staff member's browser.
 */
export const reportedUrl = z
  .string()
  .trim()
  .min(1, 'required')
  .max(4000, 'too long')
  .refine((value) => {
    try {
      const u = new URL(value);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

/** The body of `POST /api/public/reports`, exactly as the contract names it. */
export const publicReportBody = z
  .strictObject({
    category: z.enum(REPORT_CATEGORIES, 'not a known category'),
    description: z.string().trim().min(1, 'required').max(MAX_DESCRIPTION, `at most ${MAX_DESCRIPTION} characters`),
    urls: z.array(reportedUrl).max(MAX_URLS, `at most ${MAX_URLS} addresses`).optional(),
    province: z.enum(PROVINCE_CODES, 'not a province of Cambodia').optional(),
    place: z.string().trim().max(MAX_PLACE).optional(),
    occurredOn: isoDate.optional(),
    emergency: z.boolean().optional(),
    language: z.enum(['km', 'en']).optional(),
    contact: z
      .strictObject({
        name: z.string().trim().max(200).optional(),
        phone: z.string().trim().max(50).optional(),
        email: z.string().trim().max(254).optional(),
      })
      .optional(),
    /** Honeypot: a field people never see. A bot that fills it gets a convincing answer and nothing is stored. */
    website: z.string().max(500).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.category === 'online_content' && !body.urls?.length) {
      ctx.addIssue({ code: 'custom', path: ['urls'], message: 'at least one address is required for online content' });
    }
  });
export type PublicReportBody = z.infer<typeof publicReportBody>;

/** What a reporter may know about their report: nothing but these three states. */
export const PUBLIC_STATUSES = ['received', 'in_review', 'closed'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
