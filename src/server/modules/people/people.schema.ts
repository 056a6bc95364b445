import { z } from 'zod';
import { GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';

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
