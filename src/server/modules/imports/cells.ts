import { isCountryCode } from '../../../shared/countries.ts';
import { isoDate } from '../../../shared/schemas.ts';

/**
 * Readers for one CSV cell, per the data-exchange contract. An empty cell is
 * `null` (unknown) and never reaches a reader; a reader answers the value or
 * the reason the cell is wrong, in words a spreadsheet user understands.
 * Reasons never repeat the cell's content: a name typed into the wrong column
 * must not end up in a terminal log or an error report.
 */
export type Cell<T> = (raw: string) => { value: T } | { error: string };

export const text =
  (max: number): Cell<string> =>
  (raw) =>
    raw.length > max ? { error: `longer than ${max} characters` } : { value: raw };

export const date: Cell<string> = (raw) => {
  const parsed = isoDate.safeParse(raw);
  return parsed.success ? { value: raw } : { error: 'not a date (use YYYY-MM-DD)' };
};

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);
export const bool: Cell<boolean> = (raw) => {
  const v = raw.toLowerCase();
  if (TRUE.has(v)) return { value: true };
  if (FALSE.has(v)) return { value: false };
  return { error: 'not true/false/yes/no/1/0' };
};

export const integer =
  (min: number, max: number): Cell<number> =>
  (raw) => {
    if (!/^-?\d+$/.test(raw)) return { error: 'not a whole number' };
    const n = Number(raw);
    return n < min || n > max ? { error: `not between ${min} and ${max}` } : { value: n };
  };

/** One of a list of codes, in any case; the message names them so the fix is obvious. */
export const code =
  <T extends string>(codes: readonly T[]): Cell<T> =>
  (raw) => {
    const v = raw.toLowerCase();
    return (codes as readonly string[]).includes(v) ? { value: v as T } : { error: `not one of ${codes.join(', ')}` };
  };

export const country: Cell<string> = (raw) => {
  const upper = raw.toUpperCase();
  return isCountryCode(upper) ? { value: upper } : { error: 'not an ISO 3166-1 alpha-2 country code' };
};
