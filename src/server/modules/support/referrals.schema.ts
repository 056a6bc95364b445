import { z } from 'zod';
import { PARTNER_KINDS } from '../../../shared/partners.ts';
import { PARTNER_SERVICES, REFERRAL_STATUSES } from '../../../shared/referrals.ts';
import { isoDate } from '../../../shared/schemas.ts';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, 'required');

export const referralParams = z.strictObject({ id: z.uuid('not a referral reference') });

export const referralListQuery = z.strictObject({
  /** `open`: sent or accepted, i.e. still waiting for or being served by the partner. */
  status: z.enum(['open', 'all', ...REFERRAL_STATUSES], 'not a known status').default('open'),
  partnerId: z.uuid('not a partner reference').optional(),
  caseId: z.uuid('not a support case reference').optional(),
});

export const referralBody = z.strictObject({
  caseId: z.uuid('not a support case reference'),
  partnerId: z.uuid('not a partner reference'),
  service: z.enum(PARTNER_SERVICES, 'not a known service'),
  reason: text(5_000).nullable().optional(),
  sentOn: isoDate,
});

/** One step of a referral; each step says what it needs (a reason to decline, an outcome to complete). */
export const transitionBody = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('accepted'), on: isoDate }),
    z.strictObject({ status: z.literal('declined'), on: isoDate, reason: required(5_000) }),
    z.strictObject({ status: z.literal('completed'), on: isoDate, outcome: required(5_000) }),
  ],
  { error: 'accepted, declined or completed' },
);
export type TransitionBody = z.infer<typeof transitionBody>;

const step = z.object({ on: z.string(), by: z.object({ id: z.string(), name: z.string() }) }).nullable();

export const referralView = z.object({
  id: z.string(),
  caseId: z.string(),
  /** SC-000042: the case's number, never the client's name. */
  caseNumber: z.number(),
  partner: z.object({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS), active: z.boolean() }),
  service: z.enum(PARTNER_SERVICES),
  reason: z.string().nullable(),
  status: z.enum(REFERRAL_STATUSES),
  sent: z.object({ on: z.string(), by: z.object({ id: z.string(), name: z.string() }) }),
  accepted: step,
  declined: step,
  declineReason: z.string().nullable(),
  completed: step,
  outcome: z.string().nullable(),
  /** Days since it was sent (open referrals) or until it was closed: to spot referrals left waiting. */
  days: z.number(),
});
export type ReferralView = z.infer<typeof referralView>;
