import type { DOCUMENT_KINDS, GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';

export type Gender = (typeof GENDERS)[number];
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Languages offered in the correction form; a code already on the record is offered too. Each has a text in both languages. */
export const COMMON_LANGUAGES = ['km', 'en', 'th', 'vi', 'zh', 'fr', 'ko', 'ja', 'ru', 'de'] as const;

/** The record's facts that staff may correct (PATCH /api/people/:id). */
export type CorrectableFacts = {
  khmerName: string | null;
  latinName: string | null;
  aliases: string[];
  gender: Gender;
  birthDate: string | null;
  birthYear: number | null;
  /** Years, as estimated on a date, for a child without papers. */
  estimatedAge?: number | null;
  nationality: string | null;
  languages: string[];
};

/** The correction form's values: Mantine inputs hold strings, never null. */
export type CorrectionValues = {
  khmerName: string;
  latinName: string;
  aliases: string[];
  gender: Gender;
  birthDate: string;
  birthYear: string;
  estimatedAge: string;
  nationality: string;
  languages: string[];
};

export function toCorrectionValues(p: CorrectableFacts): CorrectionValues {
  return {
    khmerName: p.khmerName ?? '',
    latinName: p.latinName ?? '',
    aliases: [...p.aliases],
    gender: p.gender,
    birthDate: p.birthDate ?? '',
    birthYear: p.birthYear === null ? '' : String(p.birthYear),
    estimatedAge: p.estimatedAge == null ? '' : String(p.estimatedAge),
    nationality: p.nationality ?? '',
    languages: [...p.languages],
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * Only what changed, as the server expects it (empty means "not known": null).
 * A year typed that is not a whole number is sent as is, so that the server
 * names the problem next to the field.
 */
export function correctionPatch(before: CorrectableFacts, v: CorrectionValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const khmerName = orNull(v.khmerName);
  if (khmerName !== before.khmerName) patch.khmerName = khmerName;
  const latinName = orNull(v.latinName);
  if (latinName !== before.latinName) patch.latinName = latinName;
  const aliases = v.aliases.map((a) => a.trim()).filter((a) => a !== '');
  if (!sameList(aliases, before.aliases)) patch.aliases = aliases;
  if (v.gender !== before.gender) patch.gender = v.gender;
  const birthDate = orNull(v.birthDate);
  if (birthDate !== before.birthDate) patch.birthDate = birthDate;
  const yearText = v.birthYear.trim();
  const birthYear = yearText === '' ? null : /^\d+$/.test(yearText) ? Number(yearText) : yearText;
  if (birthYear !== before.birthYear) patch.birthYear = birthYear;
  const ageText = v.estimatedAge.trim();
  const estimatedAge = ageText === '' ? null : /^\d+$/.test(ageText) ? Number(ageText) : ageText;
  if (estimatedAge !== (before.estimatedAge ?? null)) patch.estimatedAge = estimatedAge;
  const nationality = orNull(v.nationality);
  if (nationality !== before.nationality) patch.nationality = nationality;
  if (!sameList(v.languages, before.languages)) patch.languages = [...v.languages];
  return patch;
}

/** Server field errors for list items (`aliases.2`) belong to the list's input. */
export function collapseFieldErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const field = key.split('.')[0] ?? key;
    if (!out[field]) out[field] = message;
  }
  return out;
}

/** The birth date when known, else the year (marked when it comes from an estimated age); null when neither is. */
export function birthText(
  p: { birthDate: string | null; birthYear: number | null; birthYearEstimated?: boolean },
  formatDate: (iso: string) => string,
  estimated: (year: number) => string = String,
) {
  if (p.birthDate) return formatDate(p.birthDate);
  if (p.birthYear !== null) return p.birthYearEstimated ? estimated(p.birthYear) : String(p.birthYear);
  return null;
}

/** The name in the other script than the heading's, if the record has one. */
export function otherNames(p: { displayName: string; khmerName: string | null; latinName: string | null }): string[] {
  return [p.khmerName, p.latinName].filter((n): n is string => !!n && n !== p.displayName);
}
