import { CONSENT_SCOPES } from '../../../shared/support.ts';
import { NAMES, type World } from './authz-world.ts';

/**
 * How the matrix calls each route against the world: the path with its
 * parameters filled with the world's real ids, a query when the route needs
 * one, and a body.
 *
 * Fastify validates a body before the handler runs, and the handler is where
 * the record's scope is checked. So a scoped write gets a valid, harmless body
 * here (`valid: true`), and its answer shows the scope. Unscoped writes get a
 * body with an unknown key (`valid: false`): the permission gate answers
 * before validation, so 403 versus 400 is the whole question, and nothing
 * (an office, a user, the break-the-glass look) is changed by the matrix.
 * Writes that would take a world's assignment away keep it (the team bodies
 * send the team as it is).
 */
export type RouteRequest = {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A valid request: its answer reflects the record's scope, not only the gate. */
  valid: boolean;
  /** Runs before the request, as the builder, to put back what an earlier allowed request removed. */
  before?: () => Promise<void>;
};

/** A body no route accepts: strict schemas refuse the unknown key. */
export const INVALID_BODY = { authzMatrixProbe: true };

/** The route's path with its parameters filled with the world's ids. */
export function fillPath(w: World, url: string): string {
  const { ids } = w;
  const year = w.today.slice(0, 4);
  const byPrefix: [RegExp, Record<string, string>][] = [
    [/^\/api\/users\//, { id: ids.targetUserId }],
    [/^\/api\/offices\//, { code: 'phnom_penh' }],
    [/^\/api\/public\/reports\//, { code: ids.publicCode }],
    [/^\/api\/reports\/:id\/merge/, { id: ids.spareReportId }],
    [/^\/api\/reports\//, { id: ids.reportId }],
    [/^\/api\/urls\//, { hash: ids.urlHash }],
    [/^\/api\/partners\//, { id: ids.partnerId, agreementId: ids.agreementId }],
    [/^\/api\/imports\//, { kind: 'events' }],
    [
      /^\/api\/investigations\//,
      {
        id: ids.investigationId,
        taskId: ids.taskId,
        evidenceId: ids.evidenceId,
        involvementId: ids.perpetratorInvolvementId,
      },
    ],
    [/^\/api\/people\/merges\//, { id: ids.mergeId }],
    [/^\/api\/people\//, { id: ids.victimPersonId }],
    [/^\/api\/support\//, { id: ids.supportId, goalId: ids.goalId, followUpId: ids.followUpId }],
    [/^\/api\/referrals\//, { id: ids.referralId }],
    [/^\/api\/court\/investigations\//, { id: ids.investigationId }],
    [/^\/api\/court\/charges\//, { id: ids.chargeId }],
    [
      /^\/api\/court\/cases\//,
      {
        id: ids.courtId,
        involvementId: ids.perpetratorInvolvementId,
        personId: ids.victimPersonId,
        hearingId: ids.hearingId,
      },
    ],
    [/^\/api\/indicators\//, { id: ids.itemId, indicator: 'child_friendly', courtCaseId: ids.courtId }],
    [/^\/api\/events\//, { id: ids.eventId }],
    [/^\/api\/annual\//, { year, format: 'xlsx' }],
    [/^\/api\/access-grants\//, { id: ids.grantId }],
    [/^\/api\/retention\//, { rule: 'calls_without_report' }],
  ];
  const params = byPrefix.find(([re]) => re.test(url))?.[1] ?? {};
  const filled = url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`no value for :${name} in ${url}: add it to route-requests.ts`);
    return value;
  });
  return filled.replace(/\/\*$/, '/index.css');
}

/** Queries some GET routes require to answer at all. */
export function queryOf(w: World, key: string): string {
  switch (key) {
    case 'GET /api/people/search':
      return `?q=${encodeURIComponent(NAMES.victim.latinName)}`;
    case 'GET /api/court/hearings':
      return `?from=${w.day(-30)}&to=${w.day(30)}`;
    case 'GET /api/research/offenders/export':
      return '?format=csv';
    default:
      return '';
  }
}

/** A valid body for each scoped write, chosen so that repeating it changes no one's access. */
function validBody(w: World, key: string): unknown {
  const { ids, day, today } = w;
  const bodies: Record<string, unknown> = {
    'PATCH /api/reports/:id': { emergency: false },
    'POST /api/reports/:id/notes': { body: 'synthetic matrix note' },
    'POST /api/reports/:id/close': { reason: 'duplicate' },
    'POST /api/reports/:id/merge': { intoTrackingCode: ids.reportCode },
    'PATCH /api/investigations/:id': { summary: 'synthetic summary' },
    'POST /api/investigations/:id/status': { status: 'active', on: today },
    'PUT /api/investigations/:id/team': { memberIds: ids.investigationTeam },
    'POST /api/investigations/:id/reports': { trackingCode: ids.reportCode },
    'POST /api/investigations/:id/people': { role: 'witness', person: { gender: 'unknown' } },
    'POST /api/investigations/:id/arrests': { involvementId: ids.perpetratorInvolvementId, arrestedOn: day(-150) },
    'POST /api/investigations/:id/rescues': { involvementId: ids.victimInvolvementId, rescuedOn: day(-150) },
    'POST /api/investigations/:id/notes': { body: 'synthetic matrix note' },
    'POST /api/investigations/:id/tasks': { title: 'synthetic matrix task' },
    'PUT /api/investigations/:id/tasks/:taskId/done': { done: true },
    'POST /api/investigations/:id/evidence': {
      kind: 'document',
      description: 'synthetic',
      collectedOn: day(-1),
      holder: 'Synthetic holder',
    },
    'POST /api/investigations/:id/evidence/:evidenceId/transfers': { toHolder: 'Synthetic holder', on: day(-1) },
    'POST /api/investigations/:id/agencies': { partnerId: ids.policeId },
    'POST /api/investigations/:id/liaison': { partnerId: ids.policeId, kind: 'meeting', on: day(-1) },
    'PATCH /api/investigations/:id/people/:involvementId': { occupation: 'synthetic occupation' },
    'PATCH /api/people/:id': { gender: 'female' },
    'POST /api/people/:id/documents': { kind: 'other', number: 'SYN-0042' },
    'PATCH /api/support/:id': { clientKind: 'child_victim' },
    'PUT /api/support/:id/team': { memberIds: ids.supportTeam },
    'POST /api/support/:id/investigations': { investigationId: ids.investigationId },
    'PUT /api/support/:id/assessment': { riskLevel: 'low', assessedOn: day(-1) },
    'POST /api/support/:id/consents': { givenBy: 'guardian', givenOn: day(-1), scope: [CONSENT_SCOPES[0]] },
    'POST /api/support/:id/goals': { goal: 'synthetic goal' },
    'PUT /api/support/:id/goals/:goalId/status': { status: 'open' },
    'POST /api/support/:id/placements': { placement: 'relatives', decidedOn: day(-1) },
    'POST /api/support/:id/services': { service: 'counselling', deliveredOn: day(-1) },
    'POST /api/support/:id/follow-ups': { title: 'synthetic follow-up', dueOn: day(5) },
    'POST /api/support/:id/follow-ups/:followUpId/done': { doneOn: day(-1) },
    'POST /api/support/:id/closure': { reason: 'synthetic closure reason' },
    'POST /api/support/:id/closure/decision': { decision: 'rejected', reason: 'synthetic rejection' },
    'POST /api/referrals': { caseId: ids.supportId, partnerId: ids.partnerId, service: 'shelter', sentOn: day(-1) },
    'POST /api/referrals/:id/status': { status: 'accepted', on: day(-1) },
    'PATCH /api/court/cases/:id': { caseNumber: '42/2026' },
    'PUT /api/court/cases/:id/team': { memberIds: ids.courtTeam },
    'POST /api/court/cases/:id/defendants': { involvementId: ids.perpetratorInvolvementId },
    'PUT /api/court/cases/:id/defendants/:involvementId/charges': { chargeIds: [ids.chargeId] },
    'POST /api/court/cases/:id/clients': { personId: ids.victimPersonId },
    'POST /api/court/cases/:id/hearings': { date: day(4), type: 'trial' },
    'PATCH /api/court/cases/:id/hearings/:hearingId': { note: 'synthetic hearing note' },
    'PUT /api/court/cases/:id/verdict': { verdict: 'convicted', verdictOn: day(-1) },
    'POST /api/court/cases/:id/compensation-orders': { amount: '100', currency: 'USD' },
    'POST /api/court/cases/:id/payments': { paidOn: day(-1), amount: '10', currency: 'USD' },
    'PUT /api/court/cases/:id/withdrawal': { on: day(-1), reason: 'other' },
    'PUT /api/indicators/checklists/:courtCaseId': { answers: [{ itemId: ids.itemId, answer: 'yes' }] },
    'POST /api/access-grants/:id/review': { endNow: false },
  };
  return bodies[key];
}

/** Scoped writes with no body: the path is the whole request. */
const BODILESS = new Set([
  'POST /api/people/merges/:id/undo',
  'DELETE /api/court/cases/:id/defendants/:involvementId',
  'DELETE /api/court/cases/:id/clients/:personId',
]);

/**
 * Deletes act on a throwaway record made just before, so that the first
 * allowed delete leaves something for the next user to delete.
 */
const madeBefore = new Set<string>();
async function throwawayPath(w: World, key: string): Promise<string | undefined> {
  if (key === 'DELETE /api/partners/:id/agreements/:agreementId') {
    const partner = await w.admin.post(`/api/partners/${w.ids.partnerId}/agreements`, {
      kind: 'mou',
      signedOn: w.day(-10),
    });
    const made = (partner.json().agreements as { id: string }[]).find(
      (a) => a.id !== w.ids.agreementId && !madeBefore.has(a.id),
    );
    if (!made) throw new Error('world: no throwaway agreement');
    madeBefore.add(made.id);
    return `/api/partners/${w.ids.partnerId}/agreements/${made.id}`;
  }
  if (key === 'DELETE /api/indicators/items/:id') {
    const label = `Synthetic throwaway ${Math.random().toString(36).slice(2)}`;
    const items = (await w.admin.post('/api/indicators/items', { labelEn: label, labelKm: label })).json().items;
    return `/api/indicators/items/${items.find((i: { labelEn: string }) => i.labelEn === label)?.id}`;
  }
  return undefined;
}

/** The request for one route; `scoped` says whether the table gives it a record scope. */
export async function requestFor(w: World, method: string, url: string, scoped: boolean): Promise<RouteRequest> {
  const key = `${method} ${url}`;
  const path = (await throwawayPath(w, key)) ?? fillPath(w, url);
  const headers: Record<string, string> = {};
  if (url.startsWith('/api/public/reports/')) headers['x-report-secret'] = w.ids.publicSecret;
  if (method === 'GET') return { url: path + queryOf(w, key), headers, valid: true };
  if (!scoped) return { url: path, body: INVALID_BODY, headers, valid: false };
  const cc = `/api/court/cases/${w.ids.courtId}`;
  const restore: Record<string, () => Promise<void>> = {
    'POST /api/support/:id/closure/decision': async () => {
      await w.builder.post(`/api/support/${w.ids.supportId}/closure`, { reason: 'synthetic closure reason' });
    },
    'DELETE /api/court/cases/:id/defendants/:involvementId': async () => {
      await w.builder.post(`${cc}/defendants`, { involvementId: w.ids.perpetratorInvolvementId });
    },
    'DELETE /api/court/cases/:id/clients/:personId': async () => {
      await w.builder.post(`${cc}/clients`, { personId: w.ids.victimPersonId });
    },
  };
  if (BODILESS.has(key)) return { url: path, valid: true, before: restore[key] };
  const body = validBody(w, key);
  if (body === undefined) throw new Error(`no valid body for the scoped write ${key}: add one to route-requests.ts`);
  return { url: path, body, headers, valid: true, before: restore[key] };
}
