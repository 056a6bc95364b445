import { z } from 'zod';
import { GENDERS } from '../../../shared/people.ts';
import { countryCode, isoDate, officeCode } from '../../../shared/schemas.ts';
import {
  CLIENT_KINDS,
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  ENTERED_CLIENT_KINDS,
  GOAL_STATUSES,
  NEEDS,
  PLACEMENTS,
  RISK_LEVELS,
  SERVICE_CODES,
  SUPPORT_STATUSES,
} from '../../../shared/support.ts';

const id = z.uuid('not a valid reference');
const shortText = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max);

export const caseParams = z.strictObject({ id });
export const goalParams = z.strictObject({ id, goalId: id });
export const followUpParams = z.strictObject({ id, followUpId: id });

export const listQuery = z.strictObject({
  office: officeCode.optional(),
  status: z.enum(SUPPORT_STATUSES).optional(),
  mine: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const staffQuery = z.strictObject({ office: officeCode.optional() });

const newPerson = z.strictObject({
  khmerName: shortText(200).optional(),
  latinName: shortText(200).optional(),
  gender: z.enum(GENDERS).default('unknown'),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  estimatedAge: z.number().int().min(0).max(120).optional(),
  nationality: countryCode.optional(),
});
export const createBody = z
  .strictObject({
    officeCode,
    clientKind: z.enum(ENTERED_CLIENT_KINDS),
    openedOn: isoDate,
    /** An existing person (e.g. the rescued child of an investigation), or a new one. */
    personId: id.optional(),
    person: newPerson.optional(),
    investigationIds: z.array(id).max(20).default([]),
    socialWorkerId: id.optional(),
    lawyerId: id.optional(),
    memberIds: z.array(id).max(50).default([]),
  })
  .superRefine((b, ctx) => {
    if (!b.personId === !b.person) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'give either an existing person or a new one' });
    }
  });

export const patchBody = z
  .strictObject({
    officeCode: officeCode.optional(),
    clientKind: z.enum(ENTERED_CLIENT_KINDS).optional(),
    socialWorkerId: id.nullable().optional(),
    lawyerId: id.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const teamBody = z.strictObject({ memberIds: z.array(id).max(50) });
export const linkInvestigationBody = z.strictObject({ investigationId: id });

export const assessmentBody = z.strictObject({
  riskLevel: z.enum(RISK_LEVELS),
  assessedOn: isoDate,
  assessment: shortText(20_000).optional(),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
  needsNotes: shortText(20_000).optional(),
});
export const consentBody = z.strictObject({
  givenBy: z.enum(CONSENT_GIVERS),
  givenOn: isoDate,
  scope: z.array(z.enum(CONSENT_SCOPES)).min(1, 'choose what was consented to').max(CONSENT_SCOPES.length),
  notes: shortText(5_000).optional(),
});
export const goalBody = z.strictObject({ goal: requiredText(2_000), targetOn: isoDate.optional() });
export const goalStatusBody = z.strictObject({ status: z.enum(GOAL_STATUSES) });
export const placementBody = z.strictObject({
  placement: z.enum(PLACEMENTS),
  partnerId: id.optional(),
  decidedOn: isoDate,
  /** Who decided: a staff member; the recording user when absent. */
  decidedById: id.optional(),
  reason: shortText(5_000).optional(),
});
export const serviceBody = z.strictObject({
  service: z.enum(SERVICE_CODES),
  deliveredOn: isoDate,
  provider: shortText(200).optional(),
  notes: shortText(20_000).optional(),
});
export const followUpBody = z.strictObject({
  title: requiredText(500),
  dueOn: isoDate,
  assigneeId: id.optional(),
});
export const followUpDoneBody = z.strictObject({ doneOn: isoDate, outcome: shortText(5_000).optional() });
export const closureRequestBody = z.strictObject({ reason: requiredText(5_000) });
export const closureDecisionBody = z
  .strictObject({ decision: z.enum(['approved', 'rejected']), reason: shortText(5_000).optional() })
  .superRefine((b, ctx) => {
    if (b.decision === 'rejected' && !b.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'give the reason for the rejection' });
    }
  });

const named = z.object({ id: z.string(), name: z.string() });
const client = z.object({
  personId: z.string(),
  pseudonym: z.string(),
  displayName: z.string(),
  gender: z.enum(GENDERS),
  birthYear: z.number().nullable(),
});

export const listItem = z.object({
  id: z.string(),
  number: z.number(),
  ref: z.string().nullable(),
  officeCode: z.string().nullable(),
  status: z.enum(SUPPORT_STATUSES),
  clientKind: z.enum(CLIENT_KINDS),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  client,
  socialWorker: named.nullable(),
  lawyer: named.nullable(),
  overdueFollowUps: z.number(),
});
export type ListItem = z.infer<typeof listItem>;

export const SUPPORT_ACTIONS = ['edit', 'work', 'request_closure', 'decide_closure'] as const;

export const detail = listItem.extend({
  team: z.array(named),
  investigations: z.array(z.object({ id: z.string(), number: z.number() })),
  /** The client's court cases that the viewer may see (empty without `court:read`). */
  courtCases: z.array(z.object({ id: z.string(), number: z.number(), stage: z.string() })),
  assessment: z
    .object({
      riskLevel: z.enum(RISK_LEVELS),
      assessedOn: z.string(),
      assessedBy: named.nullable(),
      assessment: z.string().nullable(),
      needs: z.array(z.enum(NEEDS)),
      needsNotes: z.string().nullable(),
    })
    .nullable(),
  consents: z.array(
    z.object({
      id: z.string(),
      givenBy: z.enum(CONSENT_GIVERS),
      givenOn: z.string(),
      scope: z.array(z.enum(CONSENT_SCOPES)),
      notes: z.string().nullable(),
      recordedBy: named.nullable(),
    }),
  ),
  goals: z.array(
    z.object({ id: z.string(), goal: z.string(), targetOn: z.string().nullable(), status: z.enum(GOAL_STATUSES) }),
  ),
  placements: z.array(
    z.object({
      id: z.string(),
      placement: z.enum(PLACEMENTS),
      partner: named.nullable(),
      decidedOn: z.string(),
      decidedBy: named,
      reason: z.string().nullable(),
    }),
  ),
  services: z.array(
    z.object({
      id: z.string(),
      service: z.enum(SERVICE_CODES),
      department: z.enum(['legal', 'social']),
      deliveredOn: z.string(),
      provider: z.string().nullable(),
      notes: z.string().nullable(),
      /** A medical or counselling note exists but this viewer may not read it. */
      notesWithheld: z.boolean(),
      imported: z.boolean(),
    }),
  ),
  followUps: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      dueOn: z.string(),
      assignee: named.nullable(),
      doneOn: z.string().nullable(),
      outcome: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  closures: z.array(
    z.object({
      id: z.string(),
      requestedBy: named,
      requestedAt: z.string(),
      reason: z.string(),
      decision: z.enum(['approved', 'rejected']).nullable(),
      decidedBy: named.nullable(),
      decidedAt: z.string().nullable(),
      decisionReason: z.string().nullable(),
    }),
  ),
  actions: z.array(z.enum(SUPPORT_ACTIONS)),
});
export type Detail = z.infer<typeof detail>;

export const overdueItem = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.number(),
  title: z.string(),
  dueOn: z.string(),
  assignee: named.nullable(),
});
export const staffItem = z.object({
  id: z.string(),
  name: z.string(),
  officeCode: z.string(),
  roles: z.array(z.string()),
});
