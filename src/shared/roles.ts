/** The roles of DESIGN.md. A user has one office and may hold several roles. */
export const ROLES = [
  'admin',
  'manager',
  'hotline',
  'investigator',
  'social_worker',
  'lawyer',
  'trainer',
  'researcher',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Everyone who can see identities must use a second factor. Trainers work with
 * events and counts only, so the issue exempts them; any other role on the
 * same account makes the second factor mandatory again.
 */
export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((r) => r !== 'trainer');
}
