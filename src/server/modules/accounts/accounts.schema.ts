import { z } from 'zod';
import * as s from '../../../shared/schemas.ts';

export const stageResponse = z.object({ stage: z.enum(['mfa', 'password_change', 'enrol', 'full']) });

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(s.role),
  officeCode: z.string(),
  active: z.boolean(),
  locale: s.locale,
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const loginBody = z.strictObject({ email: z.string().trim().min(1, 'required').max(254), password: s.password });
export const codeBody = z.strictObject({ code: s.totpCode });
export const passwordBody = z.strictObject({ currentPassword: s.password, newPassword: s.password });
export const emptyBody = z.strictObject({}).optional();
export const meResponse = z.object({
  stage: stageResponse.shape.stage,
  permissions: z.array(z.string()),
  user: userView,
});
export const mePatch = z.strictObject({ locale: s.locale });

export const userIdParams = z.strictObject({ id: z.uuid('not a user id') });
export const newUserBody = z.strictObject({
  email: s.email,
  name: s.personName,
  roles: s.roles,
  officeCode: s.officeCode,
  locale: s.locale.optional(),
});
export const userPatchBody = z
  .strictObject({
    email: s.email.optional(),
    name: s.personName.optional(),
    roles: s.roles.optional(),
    officeCode: s.officeCode.optional(),
    active: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
