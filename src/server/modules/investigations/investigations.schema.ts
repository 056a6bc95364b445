import { z } from 'zod';
import {
  EVIDENCE_KINDS,
  EXPLOITATION_TYPES,
  INVESTIGATION_STATUSES,
  LIAISON_KINDS,
} from '../../../shared/investigations.ts';
import { GENDERS, INVOLVEMENT_ROLES, MODUS_OPERANDI } from '../../../shared/people.ts';
import { countryCode, isoDate, officeCode } from '../../../shared/schemas.ts';

const id = z.uuid('not a valid reference');
const shortText = (max: number) => z.string().trim().max(max);

export const investigationParams = z.strictObject({ id });

export const listQuery = z.strictObject({
  office: officeCode.optional(),
  status: z.enum(INVESTIGATION_STATUSES).optional(),
  exploitationType: z.enum(EXPLOITATION_TYPES).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  police: z.enum(['national', 'foreign']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const createBody = z.strictObject({
  officeCode,
  openedOn: isoDate,
  status: z.enum(['monitoring', 'active']).default('active'),
  exploitationType: z.enum(EXPLOITATION_TYPES).optional(),
  leadInvestigatorId: id.optional(),
  memberIds: z.array(id).max(50).default([]),
  /** Reports to link, by the codes staff read out; linked in the same transaction. */
  trackingCodes: z.array(z.string().trim().min(1).max(20)).max(100).default([]),
  summary: shortText(20_000).optional(),
});

export const patchBody = z
  .strictObject({
    officeCode: officeCode.optional(),
    exploitationType: z.enum(EXPLOITATION_TYPES).nullable().optional(),
    nationalPolice: z.boolean().nullable().optional(),
    foreignPolice: z.boolean().nullable().optional(),
    foreignAgency: shortText(200).nullable().optional(),
    leadInvestigatorId: id.nullable().optional(),
    summary: shortText(20_000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

/** Break the glass: open an investigation outside one's scope by its number, with a reason the managers review. */
export const lookBody = z.strictObject({
  number: z.number().int().positive(),
  reason: z.string().trim().min(20, 'say in a sentence why you need to see it (at least 20 characters)').max(1000),
});

export const statusBody = z.strictObject({ status: z.enum(INVESTIGATION_STATUSES), on: isoDate });
export const teamBody = z.strictObject({ memberIds: z.array(id).max(50) });
export const linkReportBody = z.strictObject({ trackingCode: z.string().trim().min(1).max(20) });

const birthYear = z.number().int().min(1900).max(2100);
export const personBody = z.strictObject({
  khmerName: shortText(200).optional(),
  latinName: shortText(200).optional(),
  gender: z.enum(GENDERS).default('unknown'),
  birthYear: birthYear.optional(),
  /** A child without papers: the age as estimated today. */
  estimatedAge: z.number().int().min(0).max(120).optional(),
  nationality: countryCode.optional(),
});
export const addPersonBody = z
  .strictObject({ role: z.enum(INVOLVEMENT_ROLES), personId: id.optional(), person: personBody.optional() })
  .superRefine((b, ctx) => {
    if (!b.personId === !b.person) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'give either an existing person or a new one' });
    }
  });
export const involvementParams = z.strictObject({ id, involvementId: id });
/** The offender profile of the organisation's research: occupation, how they reached children, charges, outcome. */
export const profileBody = z
  .strictObject({
    occupation: shortText(200).nullable().optional(),
    modusOperandi: z.array(z.enum(MODUS_OPERANDI)).max(MODUS_OPERANDI.length).optional(),
    charges: shortText(1_000).nullable().optional(),
    outcome: shortText(1_000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const arrestBody = z.strictObject({
  involvementId: id,
  arrestedOn: isoDate,
  agency: shortText(200).optional(),
  /** Where the arrest happened (stored encrypted). */
  place: shortText(500).optional(),
});
export const rescueBody = z.strictObject({ involvementId: id, rescuedOn: isoDate });
export const noteBody = z.strictObject({ body: z.string().trim().min(1, 'required').max(20_000) });
export const taskBody = z.strictObject({
  title: z.string().trim().min(1, 'required').max(500),
  ownerId: id.optional(),
  dueOn: isoDate.optional(),
});
export const taskParams = z.strictObject({ id, taskId: id });
export const taskDoneBody = z.strictObject({ done: z.boolean() });
export const evidenceBody = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  description: z.string().trim().min(1, 'required').max(5_000),
  collectedOn: isoDate,
  holder: z.string().trim().min(1, 'required').max(200),
});
export const evidenceParams = z.strictObject({ id, evidenceId: id });
export const transferBody = z.strictObject({
  toHolder: z.string().trim().min(1, 'required').max(200),
  on: isoDate,
  reason: z.string().trim().max(1_000).optional(),
});
export const agencyBody = z.strictObject({ partnerId: id });
export const liaisonBody = z.strictObject({
  partnerId: id,
  kind: z.enum(LIAISON_KINDS),
  on: isoDate,
  note: z.string().trim().max(20_000).optional(),
});
export const assigneesQuery = z.strictObject({ office: officeCode.optional() });

const named = z.object({ id: z.string(), name: z.string() });
export const listItem = z.object({
  id: z.string(),
  number: z.number(),
  ref: z.string().nullable(),
  officeCode: z.string().nullable(),
  status: z.enum(INVESTIGATION_STATUSES),
  exploitationType: z.enum(EXPLOITATION_TYPES).nullable(),
  openedOn: z.string(),
  caseOpenedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  nationalPolice: z.boolean().nullable(),
  foreignPolice: z.boolean().nullable(),
  foreignAgency: z.string().nullable(),
  lead: named.nullable(),
  counts: z.object({
    reports: z.number(),
    offenders: z.number(),
    victims: z.number(),
    arrests: z.number(),
    rescues: z.number(),
  }),
});

export const INVESTIGATION_ACTIONS = [
  'edit',
  'status',
  'team',
  'link_report',
  'add_person',
  'arrest',
  'rescue',
  'note',
  'task',
  'evidence',
  'agency',
  'liaison',
] as const;

export const detail = listItem.extend({
  summary: z.string().nullable(),
  team: z.array(named),
  history: z.array(z.object({ status: z.string(), on: z.string(), byName: z.string().nullable(), at: z.string() })),
  reports: z.array(
    z.object({ id: z.string(), trackingCode: z.string(), receivedAt: z.string(), category: z.string() }),
  ),
  people: z.array(
    z.object({
      involvementId: z.string(),
      personId: z.string(),
      pseudonym: z.string(),
      displayName: z.string(),
      khmerName: z.string().nullable(),
      latinName: z.string().nullable(),
      role: z.enum(INVOLVEMENT_ROLES),
      gender: z.enum(GENDERS),
      birthYear: z.number().nullable(),
      /** From an estimated age, not from papers. */
      birthYearEstimated: z.boolean(),
      nationality: z.string().nullable(),
      arrest: z
        .object({ arrestedOn: z.string(), agency: z.string().nullable(), place: z.string().nullable() })
        .nullable(),
      profile: z
        .object({
          occupation: z.string().nullable(),
          modusOperandi: z.array(z.enum(MODUS_OPERANDI)),
          charges: z.string().nullable(),
          outcome: z.string().nullable(),
        })
        .nullable(),
      rescue: z.object({ rescuedOn: z.string() }).nullable(),
    }),
  ),
  notes: z.array(
    z.object({ id: z.number(), body: z.string(), authorName: z.string().nullable(), createdAt: z.string() }),
  ),
  tasks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      owner: named.nullable(),
      dueOn: z.string().nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(EVIDENCE_KINDS),
      description: z.string(),
      collectedOn: z.string(),
      collectedByName: z.string().nullable(),
      holder: z.string(),
      transfers: z.array(
        z.object({
          from: z.string(),
          to: z.string(),
          on: z.string(),
          reason: z.string().nullable(),
          recordedByName: z.string().nullable(),
        }),
      ),
    }),
  ),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), country: z.string().nullable(), kind: z.string() })),
  liaison: z.array(
    z.object({
      id: z.number(),
      partnerId: z.string(),
      partnerName: z.string(),
      kind: z.enum(LIAISON_KINDS),
      on: z.string(),
      note: z.string().nullable(),
      byName: z.string().nullable(),
    }),
  ),
  actions: z.array(z.enum(INVESTIGATION_ACTIONS)),
  /** Set when the viewer sees this only through break the glass: when that look ends (read-only until then). */
  lookEndsAt: z.string().nullable(),
});
export type Detail = z.infer<typeof detail>;
