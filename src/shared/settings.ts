import { z } from 'zod';

const phone = z
  .string()
  .trim()
  .min(3, 'too short')
  .max(30)
  .regex(/^[+0-9 ()-]+$/, 'digits, spaces, +, ( ) and - only');

/**
 * Organisation settings an administrator can change, with their defaults
 * (the first organisation's, from its public material). One schema: the API
 * validates with it and the admin page builds its form from it.
 */
export const settingsSchema = z.strictObject({
  organisationName: z.string().trim().min(1).max(200),
  /** Cambodia's police emergency number. */
  policeNumber: phone,
  /** The organisation's 24/7 hotline. */
  hotlineNumber: phone,
  /** Minutes within which an emergency report must be acknowledged. */
  ackMinutesEmergency: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Hours within which any other report must be acknowledged. */
  ackHoursNormal: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: 'APLE Cambodia',
  policeNumber: '1288',
  hotlineNumber: '092 311 511',
  ackMinutesEmergency: 15,
  ackHoursNormal: 24,
};

/** What the public site may show: no internal settings. */
export const PUBLIC_SETTING_KEYS = ['organisationName', 'policeNumber', 'hotlineNumber'] as const;
