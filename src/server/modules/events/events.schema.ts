import { z } from 'zod';
import { AUDIENCES, EVENT_TYPES, MAX_PARTICIPANTS, PROGRAMMES } from '../../../shared/events.ts';
import { PROVINCE_CODES } from '../../../shared/provinces.ts';
import { isoDate } from '../../../shared/schemas.ts';

const id = z.uuid('not a valid reference');
const count = z.number().int('a whole number').min(0, 'cannot be negative').max(MAX_PARTICIPANTS, 'too many');
/** An average test score: 0 to 100, rounded to one decimal. */
const score = z
  .number()
  .min(0, 'from 0 to 100')
  .max(100, 'from 0 to 100')
  .transform((n) => Math.round(n * 10) / 10);
const province = z.enum(PROVINCE_CODES, 'not a province of Cambodia');

export const eventParams = z.strictObject({ id });

export const listQuery = z.strictObject({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  province: province.optional(),
  programme: z.enum(PROGRAMMES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const fields = {
  type: z.enum(EVENT_TYPES, 'not an event type'),
  heldOn: isoDate,
  provinceCode: province.nullable(),
  place: z.string().trim().max(200).nullable(),
  programme: z.enum(PROGRAMMES, 'not a programme').nullable(),
  audiences: z.array(z.enum(AUDIENCES, 'not an audience')).max(AUDIENCES.length),
  participants: count,
  participantsFemale: count.nullable(),
  participantsChildren: count.nullable(),
  preTestScore: score.nullable(),
  postTestScore: score.nullable(),
  facilitatorIds: z.array(id).max(20),
  notes: z.string().trim().max(20_000).nullable(),
};

/** Female and children are parts of the total; the rule is checked again on the merged record of a change. */
export function checkCounts(
  e: { participants?: number; participantsFemale?: number | null; participantsChildren?: number | null },
  add: (field: string, message: string) => void,
) {
  if (e.participants === undefined) return;
  if (e.participantsFemale != null && e.participantsFemale > e.participants)
    add('participantsFemale', 'more than the participants');
  if (e.participantsChildren != null && e.participantsChildren > e.participants)
    add('participantsChildren', 'more than the participants');
}

export const createBody = z
  .strictObject({
    ...fields,
    provinceCode: fields.provinceCode.default(null),
    place: fields.place.default(null),
    programme: fields.programme.default(null),
    audiences: fields.audiences.default([]),
    participantsFemale: fields.participantsFemale.default(null),
    participantsChildren: fields.participantsChildren.default(null),
    preTestScore: fields.preTestScore.default(null),
    postTestScore: fields.postTestScore.default(null),
    facilitatorIds: fields.facilitatorIds.default([]),
    notes: fields.notes.default(null),
  })
  .superRefine((b, ctx) => checkCounts(b, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })));

export const patchBody = z
  .strictObject({
    type: fields.type.optional(),
    heldOn: fields.heldOn.optional(),
    provinceCode: fields.provinceCode.optional(),
    place: fields.place.optional(),
    programme: fields.programme.optional(),
    audiences: fields.audiences.optional(),
    participants: fields.participants.optional(),
    participantsFemale: fields.participantsFemale.optional(),
    participantsChildren: fields.participantsChildren.optional(),
    preTestScore: fields.preTestScore.optional(),
    postTestScore: fields.postTestScore.optional(),
    facilitatorIds: fields.facilitatorIds.optional(),
    notes: fields.notes.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

const person = z.object({ id: z.string(), name: z.string() });

export const listItem = z.object({
  id: z.string(),
  ref: z.string().nullable(),
  type: z.enum(EVENT_TYPES),
  heldOn: z.string(),
  provinceCode: z.string().nullable(),
  place: z.string().nullable(),
  programme: z.string().nullable(),
  audiences: z.array(z.string()),
  participants: z.number(),
  participantsFemale: z.number().nullable(),
  participantsChildren: z.number().nullable(),
});

export const totals = z.object({
  events: z.number(),
  participants: z.number(),
  female: z.number(),
  children: z.number(),
});

export const listResponse = z.object({ total: z.number(), totals, items: z.array(listItem) });

export const detail = listItem.extend({
  preTestScore: z.number().nullable(),
  postTestScore: z.number().nullable(),
  notes: z.string().nullable(),
  facilitators: z.array(person),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const facilitatorsResponse = z.object({ items: z.array(person) });
