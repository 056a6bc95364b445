import { z } from 'zod';
import { DOCUMENT_KINDS, GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';
import { countryCode, isoDate } from '../../../shared/schemas.ts';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(2, 'at least 2 characters').max(200),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
  gender: z.enum(GENDERS).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const personSummary = z.object({
  id: z.string(),
  pseudonym: z.string(),
  displayName: z.string(),
  khmerName: z.string().nullable(),
  latinName: z.string().nullable(),
  gender: z.enum(GENDERS),
  birthYear: z.number().nullable(),
  /** True when birthYear comes from an estimated age, not from the person's papers. */
  birthYearEstimated: z.boolean(),
  nationality: z.string().nullable(),
});

export const searchResult = personSummary.extend({
  score: z.number(),
  roles: z.array(z.enum(INVOLVEMENT_ROLES)),
});

export const duplicatePair = z.object({
  a: personSummary,
  b: personSummary,
  score: z.number(),
  reasons: z.array(z.string()),
  foundAt: z.string(),
});

export const decisionBody = z.strictObject({
  personA: z.uuid('not a person reference'),
  personB: z.uuid('not a person reference'),
  decision: z.enum(['same', 'different']),
});

export const mergeParams = z.strictObject({ id: z.uuid('not a merge reference') });

export const personParams = z.strictObject({ id: z.uuid('not a person reference') });

const name = z.string().trim().max(200);
export const personPatch = z
  .strictObject({
    khmerName: name.nullable().optional(),
    latinName: name.nullable().optional(),
    aliases: z.array(name.min(1)).max(20).optional(),
    gender: z.enum(GENDERS).optional(),
    birthDate: isoDate.nullable().optional(),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    /** When neither date nor year is known: an estimate, dated today by the server. */
    estimatedAge: z.number().int().min(0).max(120).nullable().optional(),
    nationality: countryCode.nullable().optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as km or en'))
      .max(10)
      .optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

export const documentBody = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string().trim().min(3, 'too short').max(50),
});

export const personDetail = z.object({
  id: z.string(),
  pseudonym: z.string(),
  displayName: z.string(),
  khmerName: z.string().nullable(),
  latinName: z.string().nullable(),
  aliases: z.array(z.string()),
  gender: z.enum(GENDERS),
  birthDate: z.string().nullable(),
  birthYear: z.number().nullable(),
  /** True when birthYear comes from an estimated age, not from the person's papers. */
  birthYearEstimated: z.boolean(),
  estimatedAge: z.number().nullable(),
  estimatedOn: z.string().nullable(),
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  documents: z.number(),
  involvements: z.array(
    z.object({
      involvementId: z.string(),
      role: z.enum(INVOLVEMENT_ROLES),
      investigation: z.object({ id: z.string(), number: z.number() }).nullable(),
      arrestedOn: z.string().nullable(),
      rescuedOn: z.string().nullable(),
    }),
  ),
});
