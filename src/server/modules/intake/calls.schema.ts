import { z } from 'zod';
import {
  CALL_ACTIONS,
  CALL_LANGUAGES,
  CALL_REASON_GROUPS,
  CALL_REASONS,
  CALL_URGENCIES,
  CALLER_TYPES,
} from '../../../shared/calls.ts';
import { publicReportBody, REPORT_CATEGORIES } from '../../../shared/intake.ts';
import { PROVINCE_CODES } from '../../../shared/provinces.ts';

const instant = z.iso.datetime({ offset: true, error: 'use an ISO date and time' });

export const callBody = z
  .strictObject({
    startedAt: instant,
    endedAt: instant.optional(),
    callerType: z.enum(CALLER_TYPES),
    language: z.enum(CALL_LANGUAGES),
    reasons: z.array(z.enum(CALL_REASONS, 'not a known reason')).min(1, 'choose at least one reason').max(10),
    summary: z.string().trim().max(20_000).optional(),
    province: z.enum(PROVINCE_CODES, 'not a province of Cambodia').optional(),
    place: z.string().trim().max(500).optional(),
    urgency: z.enum(CALL_URGENCIES),
    actionsTaken: z.array(z.enum(CALL_ACTIONS)).max(CALL_ACTIONS.length).default([]),
    /** An actionable call also goes into the triage queue as a report. */
    createReport: z.boolean().default(false),
    category: z.enum(REPORT_CATEGORIES).optional(),
    contact: z
      .strictObject({ name: z.string().trim().max(200).optional(), phone: z.string().trim().max(50).optional() })
      .optional(),
  })
  .superRefine((b, ctx) => {
    // Compared as instants: the two may carry different offsets (+07:00 and Z).
    if (b.endedAt && Date.parse(b.endedAt) < Date.parse(b.startedAt))
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'before the start' });
    if (b.createReport && !b.summary)
      ctx.addIssue({ code: 'custom', path: ['summary'], message: 'a report needs a summary' });
    const silentOnly = b.reasons.every((r) => (CALL_REASON_GROUPS.non_counselling as readonly string[]).includes(r));
    if (b.createReport && silentOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['createReport'],
        message: 'a silent, prank or wrong-number call is not a report',
      });
    }
  });

export const callItem = z.object({
  id: z.string(),
  operatorId: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  callerType: z.enum(CALLER_TYPES),
  language: z.enum(CALL_LANGUAGES),
  reasons: z.array(z.string()),
  summary: z.string().nullable(),
  province: z.string().nullable(),
  urgency: z.enum(CALL_URGENCIES),
  actionsTaken: z.array(z.string()),
  reportId: z.string().nullable(),
  trackingCode: z.string().nullable(),
});

export const callsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** A report entered by staff from another channel: the public fields plus where it came from. */
export const manualReportBody = publicReportBody.safeExtend({
  channel: z.enum(['email', 'walk_in', 'informant', 'partner_referral']),
});
