import { ROLES, type Role } from '../../../shared/roles.ts';

/**
 * Who may use each route: the authorization matrix's table of expected
 * outcomes, kept by hand (decision 022). It deliberately does not read
 * `ROLE_PERMISSIONS`: it is the second pair of eyes on it, so moving a right
 * means changing both, and a route missing here fails the matrix.
 *
 * `roles` are the roles that pass the route's permission gate. `scope` says
 * how the route's record narrows them further (see `inScope` below); a route
 * without a scope lets every listed role through whatever the office.
 * `lists` names the scope a list route filters its items by: the world's
 * record must be listed to exactly the viewers in that scope.
 */
export type Scope =
  /** Decision 008: the investigation's office, its lead and its team (the team may sit in another office). */
  | 'investigation'
  /** Decision 005: triage staff see every report; others, their office's and those assigned to them. */
  | 'report'
  /** Decision 010: the case's office for support staff, its social worker, lawyer and team. */
  | 'support'
  /** Decision 010: linking an investigation needs the case in scope and the investigation in one's own scope. */
  | 'support-and-investigation'
  /** Decision 010: a closure is approved by a manager of the case's own office only. */
  | 'support-office-manager'
  /** Decision 011: the case's office, its lawyer and its team. */
  | 'court'
  /** Decision 008/010: a person in an investigation or a support case the viewer may see. */
  | 'person'
  /** Decision 014: the managers of the looked-at record's office review the look. */
  | 'grant-review';

export type Expectation =
  /** No session needed. */
  | { anyone: true }
  /** Sign-in steps (login, second factor, password, logout): covered by sign-in tests, not by the matrix. */
  | { signInFlow: true }
  /** The web app's files (public, and absent from the test app): not an API decision. */
  | { outsideApi: true }
  | { roles: readonly Role[]; scope?: Scope; lists?: Scope };

// The role list itself is not a right: taken from roles.ts, so a new role is tried everywhere at once.
const everyone: readonly Role[] = ROLES;
const admin: readonly Role[] = ['admin'];
const adminsAndManagers: readonly Role[] = ['admin', 'manager'];
const triage: readonly Role[] = ['manager', 'hotline'];
const intake: readonly Role[] = ['manager', 'hotline', 'investigator'];
const investigators: readonly Role[] = ['manager', 'investigator'];
const identifiers: readonly Role[] = ['manager', 'investigator', 'social_worker', 'lawyer'];
const supportStaff: readonly Role[] = ['manager', 'social_worker', 'lawyer'];
const courtReaders: readonly Role[] = ['manager', 'social_worker', 'lawyer'];
const courtWriters: readonly Role[] = ['manager', 'lawyer'];
const managers: readonly Role[] = ['manager'];
const partnerReaders: readonly Role[] = everyone.filter((r) => r !== 'researcher');
const eventReaders: readonly Role[] = ['manager', 'trainer', 'researcher'];
const eventWriters: readonly Role[] = ['manager', 'trainer'];
const figures: readonly Role[] = ['manager', 'researcher'];

export const EXPECTED_ACCESS: Record<string, Expectation> = {
  // The API's own description and the web app's files.
  'GET /api/openapi.json': { anyone: true },
  'GET /api/docs/': { anyone: true },
  'GET /api/docs/static/index.html': { anyone: true },
  'GET /api/docs/static/swagger-initializer.js': { anyone: true },
  'GET /api/docs/json': { anyone: true },
  'GET /api/docs/yaml': { anyone: true },
  'GET /api/docs/static/*': { anyone: true },
  'GET /api/health': { anyone: true },
  'GET /api/public/info': { anyone: true },
  'GET /*': { outsideApi: true },

  // Signing in.
  'GET /api/auth/csrf': { anyone: true },
  'POST /api/auth/login': { signInFlow: true },
  'POST /api/auth/mfa': { signInFlow: true },
  'POST /api/auth/totp/setup': { signInFlow: true },
  'POST /api/auth/totp/confirm': { signInFlow: true },
  'POST /api/auth/password': { signInFlow: true },
  'POST /api/auth/logout': { signInFlow: true },
  'GET /api/me': { roles: everyone },
  'PATCH /api/me': { roles: everyone },

  // Users and offices.
  'GET /api/users': { roles: adminsAndManagers },
  'POST /api/users': { roles: admin },
  'PATCH /api/users/:id': { roles: admin },
  'POST /api/users/:id/reset-2fa': { roles: admin },
  'POST /api/users/:id/reset-password': { roles: admin },
  'GET /api/offices': { roles: everyone },
  'PATCH /api/offices/:code': { roles: admin },

  // The public reporting site.
  'POST /api/public/reports': { anyone: true },
  'GET /api/public/reports/:code': { anyone: true },
  'POST /api/public/reports/:code/messages': { anyone: true },

  // Intake.
  'GET /api/reports': { roles: intake, lists: 'report' },
  'GET /api/reports/:id': { roles: intake, scope: 'report' },
  'PATCH /api/reports/:id': { roles: triage, scope: 'report' },
  'POST /api/reports/:id/notes': { roles: triage, scope: 'report' },
  'POST /api/reports/:id/close': { roles: triage, scope: 'report' },
  'POST /api/reports/:id/merge': { roles: triage, scope: 'report' },
  'POST /api/calls': { roles: triage },
  'GET /api/calls': { roles: triage },
  'POST /api/reports/manual': { roles: triage },
  'GET /api/urls': { roles: intake },
  'GET /api/urls/figures': { roles: intake },
  'GET /api/urls/:hash': { roles: intake },
  'PUT /api/urls/:hash/assessment': { roles: intake },
  'POST /api/urls/:hash/actions': { roles: intake },

  // Partners.
  'GET /api/partners': { roles: partnerReaders },
  'GET /api/partners/:id': { roles: partnerReaders },
  'POST /api/partners': { roles: adminsAndManagers },
  'PATCH /api/partners/:id': { roles: adminsAndManagers },
  'POST /api/partners/:id/agreements': { roles: adminsAndManagers },
  'PATCH /api/partners/:id/agreements/:agreementId': { roles: adminsAndManagers },
  'DELETE /api/partners/:id/agreements/:agreementId': { roles: adminsAndManagers },
  'POST /api/imports/:kind': { roles: adminsAndManagers },

  // Investigations.
  'GET /api/investigations': { roles: investigators, lists: 'investigation' },
  'POST /api/investigations/look': { roles: investigators },
  'GET /api/investigations/assignees': { roles: investigators },
  'POST /api/investigations': { roles: investigators },
  'GET /api/investigations/:id': { roles: investigators, scope: 'investigation' },
  'PATCH /api/investigations/:id': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/status': { roles: investigators, scope: 'investigation' },
  'PUT /api/investigations/:id/team': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/reports': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/people': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/arrests': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/rescues': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/notes': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/tasks': { roles: investigators, scope: 'investigation' },
  'PUT /api/investigations/:id/tasks/:taskId/done': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/evidence': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/evidence/:evidenceId/transfers': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/agencies': { roles: investigators, scope: 'investigation' },
  'POST /api/investigations/:id/liaison': { roles: investigators, scope: 'investigation' },
  'PATCH /api/investigations/:id/people/:involvementId': { roles: investigators, scope: 'investigation' },

  // People.
  'GET /api/people/search': { roles: identifiers, lists: 'person' },
  'GET /api/people/duplicates': { roles: managers },
  'POST /api/people/duplicates/decision': { roles: managers },
  'POST /api/people/merges/:id/undo': { roles: managers, scope: 'person' },
  'POST /api/people/by-document': { roles: identifiers },
  'GET /api/people/:id': { roles: identifiers, scope: 'person' },
  'PATCH /api/people/:id': { roles: identifiers, scope: 'person' },
  'POST /api/people/:id/documents': { roles: identifiers, scope: 'person' },

  // Support cases and referrals.
  'GET /api/support': { roles: supportStaff, lists: 'support' },
  'GET /api/support/follow-ups/overdue': { roles: supportStaff, lists: 'support' },
  'GET /api/support/staff': { roles: supportStaff },
  'POST /api/support': { roles: supportStaff },
  'GET /api/support/:id': { roles: supportStaff, scope: 'support' },
  'PATCH /api/support/:id': { roles: supportStaff, scope: 'support' },
  'PUT /api/support/:id/team': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/investigations': { roles: supportStaff, scope: 'support-and-investigation' },
  'PUT /api/support/:id/assessment': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/consents': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/goals': { roles: supportStaff, scope: 'support' },
  'PUT /api/support/:id/goals/:goalId/status': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/placements': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/services': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/follow-ups': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/follow-ups/:followUpId/done': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/closure': { roles: supportStaff, scope: 'support' },
  'POST /api/support/:id/closure/decision': { roles: managers, scope: 'support-office-manager' },
  'GET /api/referrals': { roles: supportStaff, lists: 'support' },
  'GET /api/referrals/:id': { roles: supportStaff, scope: 'support' },
  'POST /api/referrals': { roles: supportStaff, scope: 'support' },
  'POST /api/referrals/:id/status': { roles: supportStaff, scope: 'support' },

  // Court cases.
  'GET /api/court/cases': { roles: courtReaders, lists: 'court' },
  'POST /api/court/cases': { roles: courtWriters },
  'GET /api/court/investigations': { roles: courtWriters },
  'GET /api/court/investigations/:id/offenders': { roles: courtWriters, scope: 'investigation' },
  'GET /api/court/staff': { roles: courtWriters },
  'GET /api/court/hearings': { roles: courtReaders, lists: 'court' },
  'GET /api/court/reminders': { roles: courtReaders },
  'GET /api/court/charges': { roles: everyone },
  'POST /api/court/charges': { roles: admin },
  'PATCH /api/court/charges/:id': { roles: admin },
  'GET /api/court/settings': { roles: everyone },
  'PUT /api/court/settings': { roles: admin },
  'GET /api/court/cases/:id': { roles: courtReaders, scope: 'court' },
  'PATCH /api/court/cases/:id': { roles: courtWriters, scope: 'court' },
  'PUT /api/court/cases/:id/team': { roles: courtWriters, scope: 'court' },
  'POST /api/court/cases/:id/defendants': { roles: courtWriters, scope: 'court' },
  'DELETE /api/court/cases/:id/defendants/:involvementId': { roles: courtWriters, scope: 'court' },
  'PUT /api/court/cases/:id/defendants/:involvementId/charges': { roles: courtWriters, scope: 'court' },
  'POST /api/court/cases/:id/clients': { roles: courtWriters, scope: 'court' },
  'DELETE /api/court/cases/:id/clients/:personId': { roles: courtWriters, scope: 'court' },
  'POST /api/court/cases/:id/hearings': { roles: courtWriters, scope: 'court' },
  'PATCH /api/court/cases/:id/hearings/:hearingId': { roles: courtWriters, scope: 'court' },
  'PUT /api/court/cases/:id/verdict': { roles: courtWriters, scope: 'court' },
  'POST /api/court/cases/:id/compensation-orders': { roles: courtWriters, scope: 'court' },
  'POST /api/court/cases/:id/payments': { roles: courtWriters, scope: 'court' },
  'PUT /api/court/cases/:id/withdrawal': { roles: courtWriters, scope: 'court' },

  // Indicators.
  'GET /api/indicators': { roles: figures },
  'GET /api/indicators/items': { roles: admin },
  'POST /api/indicators/items': { roles: admin },
  'PUT /api/indicators/items/order': { roles: admin },
  'PATCH /api/indicators/items/:id': { roles: admin },
  'DELETE /api/indicators/items/:id': { roles: admin },
  'GET /api/indicators/targets': { roles: admin },
  'PUT /api/indicators/targets/:indicator': { roles: admin },
  'GET /api/indicators/checklists/:courtCaseId': { roles: courtReaders, scope: 'court' },
  'PUT /api/indicators/checklists/:courtCaseId': { roles: courtWriters, scope: 'court' },

  // Community events, research, the annual report, dashboards.
  'GET /api/events': { roles: eventReaders },
  'GET /api/events/facilitators': { roles: eventWriters },
  'POST /api/events': { roles: eventWriters },
  'GET /api/events/:id': { roles: eventReaders },
  'PATCH /api/events/:id': { roles: eventWriters },
  'GET /api/research/offenders': { roles: figures },
  'GET /api/research/offenders/export': { roles: figures },
  'GET /api/annual/:year': { roles: figures },
  'GET /api/annual/:year/download/:format': { roles: figures },
  'GET /api/dashboard': { roles: everyone },

  // Administration and oversight.
  'GET /api/settings': { roles: admin },
  'PATCH /api/settings': { roles: admin },
  'GET /api/access-grants': { roles: managers },
  'POST /api/access-grants/:id/review': { roles: managers, scope: 'grant-review' },
  'GET /api/audit': { roles: adminsAndManagers },
  'GET /api/audit/verify': { roles: adminsAndManagers },
  'GET /api/retention/rules': { roles: admin },
  'PUT /api/retention/rules/:rule': { roles: admin },
  'POST /api/retention/run': { roles: admin },
};

/** Where a matrix user sits relative to the world's records (all of which are in the home office). */
export type Viewer = { role: Role; ownOffice: boolean; assigned: boolean };

/**
 * Whether a viewer who passed the permission gate may act on the world's
 * record under `scope`, by the decisions' words. "Assigned" is the world's
 * assignment for that role (see `authz-world.ts`): a role that no record can
 * be assigned to is never assigned.
 */
export function inScope(scope: Scope, v: Viewer): boolean {
  const assignedAs = (...roles: Role[]) => v.assigned && roles.includes(v.role);
  switch (scope) {
    case 'investigation':
      return v.ownOffice || assignedAs('investigator', 'manager');
    case 'report':
      return v.role === 'hotline' || v.role === 'manager' || v.ownOffice || assignedAs('investigator');
    case 'support':
      return (
        (v.ownOffice && ['manager', 'social_worker', 'lawyer'].includes(v.role)) ||
        assignedAs('social_worker', 'lawyer', 'manager')
      );
    case 'support-and-investigation':
      return inScope('support', v) && inScope('investigation', v);
    case 'support-office-manager':
      return v.ownOffice && v.role === 'manager';
    case 'court':
      return v.ownOffice || assignedAs('lawyer', 'manager', 'social_worker');
    case 'person':
      return inScope('investigation', v) || inScope('support', v);
    case 'grant-review':
      return v.ownOffice && v.role === 'manager';
  }
}

/**
 * Who sees the record in the path at all. A scope may ask more of a change than
 * of a look (linking an investigation, deciding a closure); the users it adds
 * to the record's own are not outsiders to the record.
 */
export function recordScope(scope: Scope): Scope {
  if (scope === 'support-and-investigation' || scope === 'support-office-manager') return 'support';
  return scope;
}

/** The expected outcome of one combination: allowed past the gate and the record's scope. */
export function expectedAllowed(e: Expectation, v: Viewer, scopeApplies = true): boolean {
  if ('anyone' in e) return true;
  if ('signInFlow' in e || 'outsideApi' in e) return true;
  if (!e.roles.includes(v.role)) return false;
  return !e.scope || !scopeApplies || inScope(e.scope, v);
}
