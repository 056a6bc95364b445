export const GENDERS = ['male', 'female', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** The roles a person can have in a record; one person may hold several across records. */
export const INVOLVEMENT_ROLES = [
  'victim',
  'perpetrator',
  'accomplice',
  'witness',
  'family_member',
  'informant',
] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];

/** "Child sex offender" in the organisation's research: perpetrators and accomplices arrested. */
export const OFFENDER_ROLES = ['perpetrator', 'accomplice'] as const;

/** How the offender reached the child (the organisation's research categories). */
export const MODUS_OPERANDI = [
  'grooming',
  'intermediaries',
  'pseudo_care',
  'internet',
  'gifts_money',
  'other',
] as const;

/** Identity documents kept as a keyed hash only: found by exact number, never shown. */
export const DOCUMENT_KINDS = ['national_id', 'passport', 'birth_certificate', 'family_book', 'other'] as const;
