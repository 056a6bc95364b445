import { z } from 'zod';
import { PARTNER_KINDS } from '../../../shared/partners.ts';
import { countryCode } from '../../../shared/schemas.ts';

const text = (max: number) => z.string().trim().max(max);

export const partnerIdParams = z.strictObject({ id: z.uuid('not a partner reference') });

export const partnerListQuery = z.strictObject({
  kind: z.enum(PARTNER_KINDS).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  q: text(100).optional(),
});

export const partnerBody = z.strictObject({
  kind: z.enum(PARTNER_KINDS, 'not a known kind of partner'),
  name: text(200).min(1, 'required'),
  country: countryCode.nullable().optional(),
  services: text(2000).nullable().optional(),
  contact: text(2000).nullable().optional(),
  notes: text(20_000).nullable().optional(),
});

export const partnerPatch = partnerBody
  .partial()
  .extend({ active: z.boolean().optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

export const partnerView = z.object({
  id: z.string(),
  kind: z.enum(PARTNER_KINDS),
  name: z.string(),
  country: z.string().nullable(),
  services: z.string().nullable(),
  contact: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnerView = z.infer<typeof partnerView>;
