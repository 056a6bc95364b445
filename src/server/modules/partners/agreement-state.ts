import { type AgreementState, EXPIRY_WARNING_DAYS } from '../../../shared/referrals.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Cambodia keeps UTC+7 all year (no summer time): an agreement ends at midnight there. */
const CAMBODIA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Cambodia, as YYYY-MM-DD. */
export function cambodianToday(now: Date): string {
  return new Date(now.getTime() + CAMBODIA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * How an agreement stands on `today`: it is still valid on its expiry date,
 * expired the day after, and "expiring" from EXPIRY_WARNING_DAYS before.
 */
export function agreementState(expiresOn: string | null, today: string): AgreementState {
  if (expiresOn === null) return 'open_ended';
  if (expiresOn < today) return 'expired';
  if (expiresOn <= addDays(today, EXPIRY_WARNING_DAYS)) return 'expiring';
  return 'current';
}
