import { z } from 'zod';
import { REPORT_CATEGORIES } from '../../../shared/intake.ts';
import { CLOSE_REASONS, REPORT_CHANNELS, REPORT_STATUSES } from '../../../shared/reports.ts';
import { officeCode } from '../../../shared/schemas.ts';

export const reportIdParams = z.strictObject({ id: z.uuid('not a report id') });

export const queueQuery = z.strictObject({
  status: z.enum([...REPORT_STATUSES, 'open']).default('open'),
  channel: z.enum(REPORT_CHANNELS).optional(),
  officeCode: officeCode.optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const queueItem = z.object({
  id: z.string(),
  trackingCode: z.string(),
  channel: z.enum(REPORT_CHANNELS),
  category: z.enum(REPORT_CATEGORIES),
  emergency: z.boolean(),
  status: z.enum(REPORT_STATUSES),
  province: z.string().nullable(),
  officeCode: z.string().nullable(),
  assigneeId: z.string().nullable(),
  receivedAt: z.string(),
  ackDueAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  /** Not acknowledged and past its deadline. */
  breached: z.boolean(),
  summary: z.string(),
  urlCount: z.number(),
});

export const reportDetail = queueItem.extend({
  description: z.string(),
  place: z.string().nullable(),
  occurredOn: z.string().nullable(),
  language: z.string(),
  /** Only for roles allowed to see reporters' contact details; otherwise null with `contactHidden`. */
  contact: z
    .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
    .nullable(),
  contactHidden: z.boolean(),
  urls: z.array(z.object({ defanged: z.string(), host: z.string(), reportedBefore: z.number() })),
  messages: z.array(
    z.object({
      author: z.enum(['reporter', 'staff']),
      authorId: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  closeReason: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** What this user may do with it, so the page never re-derives permissions. */
  actions: z.array(z.enum(['triage', 'note', 'close', 'merge'])),
});

export const reportPatch = z
  .strictObject({
    status: z.enum(REPORT_STATUSES.filter((s) => s !== 'closed') as [string, ...string[]]).optional(),
    officeCode: officeCode.nullable().optional(),
    assigneeId: z.uuid().nullable().optional(),
    emergency: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

export const noteBody = z.strictObject({ body: z.string().trim().min(1, 'required').max(20_000) });
export const closeBody = z.strictObject({
  reason: z.enum(CLOSE_REASONS),
  note: z.string().trim().max(2000).optional(),
});
export const mergeBody = z.strictObject({ intoTrackingCode: z.string().min(1).max(20) });
