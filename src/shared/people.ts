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
