import { z } from 'zod';
import { EXPLOITATION_TYPES, INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import { GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';
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
  reportIds: z.array(id).max(100).default([]),
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

export const statusBody = z.strictObject({ status: z.enum(INVESTIGATION_STATUSES), on: isoDate });
export const teamBody = z.strictObject({ memberIds: z.array(id).max(50) });
export const linkReportBody = z.strictObject({ trackingCode: z.string().trim().min(1).max(20) });

const birthYear = z.number().int().min(1900).max(2100);
export const personBody = z.strictObject({
  khmerName: shortText(200).optional(),
  latinName: shortText(200).optional(),
  gender: z.enum(GENDERS).default('unknown'),
  birthYear: birthYear.optional(),
  nationality: countryCode.optional(),
});
export const addPersonBody = z
  .strictObject({ role: z.enum(INVOLVEMENT_ROLES), personId: id.optional(), person: personBody.optional() })
  .superRefine((b, ctx) => {
    if (!b.personId === !b.person) {
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'give either an existing person or a new one' });
    }
  });
export const arrestBody = z.strictObject({ involvementId: id, arrestedOn: isoDate, agency: shortText(200).optional() });
export const rescueBody = z.strictObject({ involvementId: id, rescuedOn: isoDate });
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
      nationality: z.string().nullable(),
      arrest: z.object({ arrestedOn: z.string(), agency: z.string().nullable() }).nullable(),
      rescue: z.object({ rescuedOn: z.string() }).nullable(),
    }),
  ),
  actions: z.array(z.enum(INVESTIGATION_ACTIONS)),
});
export type Detail = z.infer<typeof detail>;
