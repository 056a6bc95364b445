import type { Role } from './roles.ts';

/**
 * Permissions are data (as in Aselo's HRM): a route names one permission and
 * the role table below decides who holds it. Adding a role or moving a right
 * is a one-line change here, and the navigation in the web app reads the same
 * table, so the UI never re-derives rules of its own.
 */
export const PERMISSIONS = [
  'users:read',
  'users:manage',
  'offices:read',
  'offices:manage',
  'audit:read',
  /** Review the "break the glass" looks at the office's records (DESIGN.md), and end one early. */
  'access:review',
  'settings:manage',
  /** The intake queue: every report from every channel. */
  'reports:read',
  /** Triage: assign, change status, merge, close, notes. */
  'reports:triage',
  /** A reporter's name, phone and email. */
  'reports:contact',
  /** The hotline call log, and reports entered by hand (email, walk-in, informant, partner referral). */
  'calls:log',
  /** The internet hotline: assess reported URLs and log what was done about them. */
  'urls:assess',
  /** The partner directory: NGOs, government bodies, police units, hotlines abroad. */
  'partners:read',
  'partners:manage',
  /** Legacy CSV imports (investigations, offenders, victims …), from the web page or `komar import`. */
  'imports:run',
  /** Investigations of the user's office and team: list, read. */
  'investigations:read',
  /** Open, change, staff investigations; add people, arrests, rescues. */
  'investigations:write',
  /** See people's names (else a pseudonym such as P-000042), and search people. */
  'people:identify',
  /** Review possible duplicate people: merge them (reversibly) or mark them different. */
  'people:merge',
  /** Support cases (clients of the social and legal departments) of the user's office and assignments: read. */
  'support:read',
  /** Open and work support cases: assessments, consent, plans, services, follow-ups, referrals. */
  'support:write',
  /** Approve or reject the closure of a support case. */
  'support:approve',
  /** Court cases, hearings, verdicts and compensation: read. */
  'court:read',
  /** Open and update court cases, hearings, verdicts and compensation. */
  'court:write',
  /** The standards and child-friendly-practice indicators (figures only, no names). */
  'indicators:read',
  /** Community engagement events (trainings, awareness raising …): read. */
  'events:read',
  /** Record and correct community engagement events. */
  'events:write',
  /** Offender research: pseudonymised statistics and their exports. */
  'research:read',
  /** The annual report: figures by programme, with downloads. */
  'annual:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'users:read',
    'users:manage',
    'offices:read',
    'offices:manage',
    'audit:read',
    'settings:manage',
    'partners:read',
    'partners:manage',
    'imports:run',
  ],
  manager: [
    'users:read',
    'offices:read',
    'audit:read',
    'access:review',
    'reports:read',
    'reports:triage',
    'reports:contact',
    'calls:log',
    'urls:assess',
    'partners:read',
    'partners:manage',
    'imports:run',
    'investigations:read',
    'investigations:write',
    'people:identify',
    'people:merge',
    'support:read',
    'support:write',
    'support:approve',
    'court:read',
    'court:write',
    'indicators:read',
    'events:read',
    'events:write',
    'research:read',
    'annual:read',
  ],
  hotline: [
    'offices:read',
    'reports:read',
    'reports:triage',
    'reports:contact',
    'calls:log',
    'urls:assess',
    'partners:read',
  ],
  investigator: [
    'offices:read',
    'reports:read',
    'urls:assess',
    'partners:read',
    'investigations:read',
    'investigations:write',
    'people:identify',
  ],
  social_worker: ['offices:read', 'partners:read', 'people:identify', 'support:read', 'support:write', 'court:read'],
  lawyer: [
    'offices:read',
    'partners:read',
    'people:identify',
    'support:read',
    'support:write',
    'court:read',
    'court:write',
  ],
  trainer: ['offices:read', 'partners:read', 'events:read', 'events:write'],
  researcher: ['offices:read', 'indicators:read', 'research:read', 'annual:read', 'events:read'],
};

/** The union of the permissions of every role the user holds. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const all = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) all.add(p);
  return [...all].sort();
}

/** Every value a route may declare as its access rule (see server/platform/policy.ts). */
export const ALLOWED_ACCESS: readonly string[] = ['public', 'sign_in_step', 'signed_in', ...PERMISSIONS];
