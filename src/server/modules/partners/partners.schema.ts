import { z } from 'zod';
import { PARTNER_KINDS } from '../../../shared/partners.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATES, PARTNER_SERVICES } from '../../../shared/referrals.ts';
import { countryCode, isoDate } from '../../../shared/schemas.ts';

const text = (max: number) => z.string().trim().max(max);
const id = z.uuid('not a partner reference');

export const partnerIdParams = z.strictObject({ id });
export const agreementParams = z.strictObject({ id, agreementId: z.uuid('not an agreement reference') });

export const partnerListQuery = z.strictObject({
  kind: z.enum(PARTNER_KINDS).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  q: text(100).optional(),
  /** Partners that offer this service (a code), e.g. to refer a client to. */
  service: z.enum(PARTNER_SERVICES, 'not a known service').optional(),
});

/** Service codes: each at most once, in the order of the code list, so a change is a real change. */
const serviceCodes = z
  .array(z.enum(PARTNER_SERVICES, 'not a known service'))
  .max(PARTNER_SERVICES.length * 2)
  .transform((codes) => PARTNER_SERVICES.filter((c) => codes.includes(c)));

export const partnerBody = z.strictObject({
  kind: z.enum(PARTNER_KINDS, 'not a known kind of partner'),
  name: text(200).min(1, 'required'),
  country: countryCode.nullable().optional(),
  services: text(2000).nullable().optional(),
  serviceCodes: serviceCodes.optional(),
  contact: text(2000).nullable().optional(),
  notes: text(20_000).nullable().optional(),
});

export const partnerPatch = partnerBody
  .partial()
  .extend({ active: z.boolean().optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');

const agreementFields = {
  kind: z.enum(AGREEMENT_KINDS, 'not a known kind of agreement'),
  signedOn: isoDate,
  expiresOn: isoDate.nullable().optional(),
  notes: text(5_000).nullable().optional(),
};
const endsAfterSigning = (a: { signedOn?: string; expiresOn?: string | null }) =>
  !a.signedOn || !a.expiresOn || a.expiresOn >= a.signedOn;
const endsAfterSigningIssue = { path: ['expiresOn'], message: 'before the agreement was signed' };

export const agreementBody = z.strictObject(agreementFields).refine(endsAfterSigning, endsAfterSigningIssue);
export const agreementPatch = z
  .strictObject({ ...agreementFields, kind: agreementFields.kind.optional(), signedOn: isoDate.optional() })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(endsAfterSigning, endsAfterSigningIssue);

export const agreementView = z.object({
  id: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  signedOn: z.string(),
  expiresOn: z.string().nullable(),
  /** Worked out on the server from the Cambodian date, so every screen agrees. */
  state: z.enum(AGREEMENT_STATES),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type AgreementView = z.infer<typeof agreementView>;

export const partnerView = z.object({
  id: z.string(),
  kind: z.enum(PARTNER_KINDS),
  name: z.string(),
  country: z.string().nullable(),
  services: z.string().nullable(),
  serviceCodes: z.array(z.enum(PARTNER_SERVICES)),
  contact: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  /** Newest first. */
  agreements: z.array(agreementView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnerView = z.infer<typeof partnerView>;
