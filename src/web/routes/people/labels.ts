import { useTranslation } from 'react-i18next';
import type { InvolvementRole } from '../../../shared/people.ts';

/**
 * Every reason code `src/shared/names/match.ts` gives for a match, and how it
 * weighs: `for` makes the same person likelier, `against` less likely,
 * `note` says how the names were matched or what is unknown. codes.test.ts
 * checks this list against match.ts and that each has a text in both languages.
 */
export const REASONS = {
  name_same: 'for',
  name_similar: 'for',
  name_missing: 'note',
  name_khmer_latin: 'note',
  name_swapped: 'note',
  name_joined: 'note',
  name_partial: 'note',
  name_alias: 'note',
  birth_year_same: 'for',
  birth_year_close: 'for',
  birth_year_near: 'against',
  birth_year_far: 'against',
  birth_year_unknown: 'note',
  gender_same: 'for',
  gender_conflict: 'against',
  nationality_same: 'for',
  nationality_conflict: 'against',
} as const satisfies Record<string, 'for' | 'against' | 'note'>;

export type ReasonCode = keyof typeof REASONS;
export type ReasonTone = (typeof REASONS)[ReasonCode];

export const reasonTone = (code: string): ReasonTone => (code in REASONS ? REASONS[code as ReasonCode] : 'note');

/** A colour per role, always beside the role in words. */
export const ROLE_COLOURS: Record<InvolvementRole, string> = {
  victim: 'teal',
  perpetrator: 'red',
  accomplice: 'orange',
  witness: 'blue',
  family_member: 'grape',
  informant: 'indigo',
};

/**
 * Names for the people code lists in the reader's language. The keys are
 * built from the codes; codes.test.ts checks that each code has a text in
 * both languages.
 */
export function usePeopleLabels() {
  const { t } = useTranslation();
  return {
    reason: (code: string) => t(`people.reason.${code}`, { defaultValue: code }),
    role: (code: string) => t(`people.role.${code}`, { defaultValue: code }),
    gender: (code: string) => t(`people.gender.${code}`, { defaultValue: code }),
  };
}

/** A score of 0..1 as a whole percentage. */
export const percent = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100);

/** `P-000042` → 42: the older record (the lower number) is the one a merge keeps. */
export const pseudonymNumber = (pseudonym: string) => Number(pseudonym.replace(/\D/g, '')) || 0;

/** Which record a merge keeps (the older one, as the server decides) and which it merges into it. */
export function keptAndMerged<P extends { pseudonym: string }>(pair: { a: P; b: P }): { kept: P; merged: P } {
  return pseudonymNumber(pair.a.pseudonym) < pseudonymNumber(pair.b.pseudonym)
    ? { kept: pair.a, merged: pair.b }
    : { kept: pair.b, merged: pair.a };
}

/** A pseudonym that never breaks across lines at its hyphen (P‑000042), for use inside sentences. */
export const unbroken = (pseudonym: string) => pseudonym.replace('-', '\u2011');
