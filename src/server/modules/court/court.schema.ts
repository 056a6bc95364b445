import { z } from 'zod';
import {
  CHILD_FRIENDLY_MEASURES,
  COURT_CODES,
  COURT_STAGES,
  CURRENCIES,
  HEARING_TYPES,
  VERDICTS,
  WITHDRAWAL_REASONS,
} from '../../../shared/court.ts';
import { INVOLVEMENT_ROLES } from '../../../shared/people.ts';
import { isoDate, officeCode } from '../../../shared/schemas.ts';

const id = z.uuid('not a valid reference');
const shortText = (max: number) => z.string().trim().max(max);
/** A positive amount with at most two decimals, as a string so nothing is rounded on the way. */
export const amount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'a positive amount with at most two decimals')
  .refine((s) => Number(s) > 0, 'must be more than zero');
const court = z.enum(COURT_CODES, 'not a known court');
const stage = z.enum(COURT_STAGES, 'not a known stage');

export const caseParams = z.strictObject({ id });
export const defendantParams = z.strictObject({ id, involvementId: id });
export const clientParams = z.strictObject({ id, personId: id });
export const hearingParams = z.strictObject({ id, hearingId: id });
export const chargeParams = z.strictObject({ id });

export const listQuery = z.strictObject({
  office: officeCode.optional(),
  stage: stage.optional(),
  court: court.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const createBody = z.strictObject({
  investigationId: id,
  courtCode: court,
  caseNumber: shortText(100).optional(),
  stage: stage.default('police'),
  openedOn: isoDate,
  /** Defaults to the investigation's office. */
  officeCode: officeCode.optional(),
  lawyerId: id.optional(),
  memberIds: z.array(id).max(50).default([]),
  /** Offender involvements of the investigation to start with. */
  defendantIds: z.array(id).max(50).default([]),
});

export const patchBody = z
  .strictObject({
    courtCode: court.optional(),
    caseNumber: shortText(100).nullable().optional(),
    stage: stage.optional(),
    officeCode: officeCode.optional(),
    lawyerId: id.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

export const teamBody = z.strictObject({ memberIds: z.array(id).max(50) });
export const defendantBody = z.strictObject({ involvementId: id });
export const chargesBody = z.strictObject({ chargeIds: z.array(id).max(30) });
export const clientBody = z.strictObject({ personId: id });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const measures = z.array(z.enum(CHILD_FRIENDLY_MEASURES, 'not a known measure')).max(CHILD_FRIENDLY_MEASURES.length);
export const hearingBody = z
  .strictObject({
    date: isoDate,
    time: time.optional(),
    type: z.enum(HEARING_TYPES, 'not a known hearing type'),
    childTestified: z.boolean().default(false),
    measures: measures.default([]),
    note: shortText(5_000).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.childTestified && b.measures.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['measures'], message: 'measures apply only when the child testified' });
    }
  });
export const hearingPatch = z
  .strictObject({
    date: isoDate.optional(),
    time: time.nullable().optional(),
    type: z.enum(HEARING_TYPES, 'not a known hearing type').optional(),
    childTestified: z.boolean().optional(),
    measures: measures.optional(),
    note: shortText(5_000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

export const verdictBody = z.strictObject({
  verdict: z.enum(VERDICTS, 'not a known verdict'),
  verdictOn: isoDate,
  sentence: shortText(2_000).optional(),
});
export const orderBody = z.strictObject({ amount, currency: z.enum(CURRENCIES, 'not a known currency') });
export const paymentBody = z.strictObject({
  paidOn: isoDate,
  amount,
  currency: z.enum(CURRENCIES, 'not a known currency'),
});
export const withdrawalBody = z.strictObject({
  on: isoDate,
  reason: z.enum(WITHDRAWAL_REASONS, 'not a known reason'),
});

export const calendarQuery = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    path: ['to'],
    message: 'at most 400 days at a time',
  });

export const chargeBody = z.strictObject({
  labelEn: z.string().trim().min(1, 'required').max(200),
  labelKm: z.string().trim().min(1, 'required').max(200),
});
export const chargePatch = z
  .strictObject({
    labelEn: z.string().trim().min(1, 'required').max(200).optional(),
    labelKm: z.string().trim().min(1, 'required').max(200).optional(),
    active: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const settingsBody = z.strictObject({ reminderDays: z.number().int().min(0).max(60) });

// ---- answers ----

const staff = z.object({ id: z.string(), name: z.string() });
const charge = z.object({ id: z.string(), labelEn: z.string(), labelKm: z.string(), active: z.boolean() });
export const chargeItem = charge.extend({ code: z.string().nullable(), inUse: z.boolean() });
const personRef = z.object({
  personId: z.string(),
  pseudonym: z.string(),
  displayName: z.string(),
  role: z.enum(INVOLVEMENT_ROLES),
});

export const listItem = z.object({
  id: z.string(),
  number: z.number(),
  investigation: z.object({ id: z.string(), number: z.number() }),
  officeCode: z.string(),
  courtCode: z.string(),
  caseNumber: z.string().nullable(),
  stage: stage,
  openedOn: z.string(),
  lawyer: staff.nullable(),
  verdict: z.enum(VERDICTS).nullable(),
  verdictOn: z.string().nullable(),
  nextHearingOn: z.string().nullable(),
});

export const hearing = z.object({
  id: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  type: z.enum(HEARING_TYPES),
  childTestified: z.boolean(),
  measures: z.array(z.enum(CHILD_FRIENDLY_MEASURES)),
  note: z.string().nullable(),
});

export const detail = listItem.extend({
  team: z.array(staff),
  defendants: z.array(
    personRef.extend({
      involvementId: z.string(),
      arrestedOn: z.string().nullable(),
      /** From this defendant's arrest to the case's verdict. */
      daysArrestToVerdict: z.number().nullable(),
      charges: z.array(charge),
    }),
  ),
  clients: z.array(personRef),
  hearings: z.array(hearing),
  sentence: z.string().nullable(),
  complaintWithdrawnOn: z.string().nullable(),
  complaintWithdrawnReason: z.enum(WITHDRAWAL_REASONS).nullable(),
  compensation: z.object({
    orders: z.array(z.object({ id: z.string(), amount: z.string(), currency: z.enum(CURRENCIES) })),
    payments: z.array(
      z.object({ id: z.string(), paidOn: z.string(), amount: z.string(), currency: z.enum(CURRENCIES) }),
    ),
    balances: z.array(
      z.object({
        currency: z.string(),
        ordered: z.string(),
        paid: z.string(),
        outstanding: z.string(),
        fullyPaidOn: z.string().nullable(),
      }),
    ),
  }),
  days: z.object({
    arrestToVerdict: z.number().nullable(),
    verdictToFirstPayment: z.number().nullable(),
    verdictToFullPayment: z.number().nullable(),
    firstPaymentOn: z.string().nullable(),
    fullyPaidOn: z.string().nullable(),
  }),
  reminderDays: z.number(),
  /** Offenders and clients of the investigation not yet on the case, for the forms; empty for readers. */
  candidates: z.object({
    defendants: z.array(personRef.extend({ involvementId: z.string() })),
    clients: z.array(personRef),
  }),
  mayWrite: z.boolean(),
});
export type Detail = z.infer<typeof detail>;

export const calendarItem = z.object({
  id: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  type: z.enum(HEARING_TYPES),
  childTestified: z.boolean(),
  measures: z.array(z.enum(CHILD_FRIENDLY_MEASURES)),
  courtCase: z.object({ id: z.string(), number: z.number(), courtCode: z.string(), officeCode: z.string() }),
});
export const remindersAnswer = z.object({
  reminderDays: z.number(),
  today: z.string(),
  items: z.array(calendarItem.extend({ daysUntil: z.number() })),
});
