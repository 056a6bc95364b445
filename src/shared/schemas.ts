import { z } from 'zod';
import { isCountryCode } from './countries.ts';
import { ROLES } from './roles.ts';

/** Zod pieces shared by the server's routes and the web app's forms. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real date');

export const email = z.string().trim().max(254).pipe(z.email('not a valid email address'));
export const personName = z.string().trim().min(1, 'required').max(200);
export const role = z.enum(ROLES, 'not a known role');
export const roles = z.array(role).min(1, 'choose at least one role').max(ROLES.length);
export const officeCode = z.string().regex(/^[a-z_]{2,40}$/, 'not an office code');
export const locale = z.enum(['km', 'en']);
export const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');
/** Passwords are checked for strength in the service; the schema only bounds them. */
export const password = z.string().min(1, 'required').max(256);

/** An ISO 3166-1 alpha-2 code, in any case; stored upper case. */
export const countryCode = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine(isCountryCode, 'not an ISO 3166-1 alpha-2 country code');
