import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './court.schema.ts';
import {
  addClient,
  addCompensationOrder,
  addDefendant,
  addPayment,
  courtStaff,
  createCourtCase,
  investigationOffenders,
  openableInvestigations,
  recordVerdict,
  recordWithdrawal,
  removeClient,
  removeDefendant,
  setCharges,
  setTeam,
  updateCourtCase,
} from './court.service.ts';
import { addCharge, listCharges, updateCharge } from './court-charges.service.ts';
import { getCourtCase, listCourtCases, reminderDays } from './court-detail.ts';
import {
  addHearing,
  hearingReminders,
  hearingsCalendar,
  setReminderDays,
  updateHearing,
} from './court-hearings.service.ts';
import type { CourtViewer } from './court-scope.ts';

/** Court cases, hearings with child-friendly measures, verdicts and compensation. */
export const courtRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['court'];
    const read = { access: 'court:read' } as const;
    const write = { access: 'court:write' } as const;
    const admin = { access: 'settings:manage' } as const;
    const viewerOf = (request: FastifyRequest): CourtViewer => {
      const auth = authOf(request);
      const user = auth.session.user;
      return {
        userId: user.id,
        officeCode: user.officeCode,
        permissions: auth.permissions,
        isManager: user.roles.includes('manager'),
      };
    };
    const params = schema.caseParams;
    const detail = { 200: schema.detail };
    const charges = { 200: z.object({ items: z.array(schema.chargeItem) }) };

    app.get(
      '/api/court/cases',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.listQuery,
          response: { 200: z.object({ total: z.number(), items: z.array(schema.listItem) }) },
        },
      },
      async (request) => listCourtCases(ctx, viewerOf(request), request.query),
    );
    app.post(
      '/api/court/cases',
      {
        config: write,
        schema: { tags, body: schema.createBody, response: { 201: z.object({ id: z.string(), number: z.number() }) } },
      },
      async (request, reply) => reply.status(201).send(await createCourtCase(ctx, viewerOf(request), request.body)),
    );
    app.get(
      '/api/court/investigations',
      {
        config: write,
        schema: {
          tags,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  number: z.number(),
                  officeCode: z.string().nullable(),
                  openedOn: z.string(),
                  offenders: z.number(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => openableInvestigations(ctx, viewerOf(request)),
    );
    app.get(
      '/api/court/investigations/:id/offenders',
      {
        config: write,
        schema: {
          tags,
          params,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  involvementId: z.string(),
                  personId: z.string(),
                  pseudonym: z.string(),
                  displayName: z.string(),
                  role: z.enum(['perpetrator', 'accomplice']),
                }),
              ),
            }),
          },
        },
      },
      async (request) => investigationOffenders(ctx, viewerOf(request), request.params.id),
    );
    app.get(
      '/api/court/staff',
      {
        config: write,
        schema: {
          tags,
          querystring: z.strictObject({ office: z.string().max(40).optional() }),
          response: {
            200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), officeCode: z.string() })) }),
          },
        },
      },
      async (request) => courtStaff(ctx, request.query.office),
    );
    app.get(
      '/api/court/hearings',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.calendarQuery,
          response: { 200: z.object({ items: z.array(schema.calendarItem) }) },
        },
      },
      async (request) => hearingsCalendar(ctx, viewerOf(request), request.query),
    );
    app.get(
      '/api/court/reminders',
      { config: read, schema: { tags, response: { 200: schema.remindersAnswer } } },
      async (request) => hearingReminders(ctx, viewerOf(request)),
    );
    app.get('/api/court/charges', { config: { access: 'signed_in' }, schema: { tags, response: charges } }, async () =>
      listCharges(ctx),
    );
    app.post(
      '/api/court/charges',
      { config: admin, schema: { tags, body: schema.chargeBody, response: charges } },
      async (request) => addCharge(ctx, viewerOf(request), request.body),
    );
    app.patch(
      '/api/court/charges/:id',
      { config: admin, schema: { tags, params: schema.chargeParams, body: schema.chargePatch, response: charges } },
      async (request) => updateCharge(ctx, viewerOf(request), request.params.id, request.body),
    );
    const settings = { 200: z.object({ reminderDays: z.number() }) };
    app.get(
      '/api/court/settings',
      { config: { access: 'signed_in' }, schema: { tags, response: settings } },
      async () => ({
        reminderDays: await reminderDays(ctx.db),
      }),
    );
    app.put(
      '/api/court/settings',
      { config: admin, schema: { tags, body: schema.settingsBody, response: settings } },
      async (request) => setReminderDays(ctx, viewerOf(request), request.body.reminderDays),
    );

    // One court case; every change answers the whole case again, as the page shows it.
    app.get('/api/court/cases/:id', { config: read, schema: { tags, params, response: detail } }, async (request) =>
      getCourtCase(ctx, viewerOf(request), request.params.id),
    );
    app.patch(
      '/api/court/cases/:id',
      { config: write, schema: { tags, params, body: schema.patchBody, response: detail } },
      async (request) => updateCourtCase(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/court/cases/:id/team',
      { config: write, schema: { tags, params, body: schema.teamBody, response: detail } },
      async (request) => setTeam(ctx, viewerOf(request), request.params.id, request.body.memberIds),
    );
    app.post(
      '/api/court/cases/:id/defendants',
      { config: write, schema: { tags, params, body: schema.defendantBody, response: detail } },
      async (request) => addDefendant(ctx, viewerOf(request), request.params.id, request.body.involvementId),
    );
    app.delete(
      '/api/court/cases/:id/defendants/:involvementId',
      { config: write, schema: { tags, params: schema.defendantParams, response: detail } },
      async (request) => removeDefendant(ctx, viewerOf(request), request.params.id, request.params.involvementId),
    );
    app.put(
      '/api/court/cases/:id/defendants/:involvementId/charges',
      { config: write, schema: { tags, params: schema.defendantParams, body: schema.chargesBody, response: detail } },
      async (request) => {
        const { id, involvementId } = request.params;
        return setCharges(ctx, viewerOf(request), id, involvementId, request.body.chargeIds);
      },
    );
    app.post(
      '/api/court/cases/:id/clients',
      { config: write, schema: { tags, params, body: schema.clientBody, response: detail } },
      async (request) => addClient(ctx, viewerOf(request), request.params.id, request.body.personId),
    );
    app.delete(
      '/api/court/cases/:id/clients/:personId',
      { config: write, schema: { tags, params: schema.clientParams, response: detail } },
      async (request) => removeClient(ctx, viewerOf(request), request.params.id, request.params.personId),
    );
    app.post(
      '/api/court/cases/:id/hearings',
      { config: write, schema: { tags, params, body: schema.hearingBody, response: detail } },
      async (request) => addHearing(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.patch(
      '/api/court/cases/:id/hearings/:hearingId',
      { config: write, schema: { tags, params: schema.hearingParams, body: schema.hearingPatch, response: detail } },
      async (request) => {
        const { id, hearingId } = request.params;
        return updateHearing(ctx, viewerOf(request), id, hearingId, request.body);
      },
    );
    app.put(
      '/api/court/cases/:id/verdict',
      { config: write, schema: { tags, params, body: schema.verdictBody, response: detail } },
      async (request) => recordVerdict(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/court/cases/:id/compensation-orders',
      { config: write, schema: { tags, params, body: schema.orderBody, response: detail } },
      async (request) => addCompensationOrder(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/court/cases/:id/payments',
      { config: write, schema: { tags, params, body: schema.paymentBody, response: detail } },
      async (request) => addPayment(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/court/cases/:id/withdrawal',
      { config: write, schema: { tags, params, body: schema.withdrawalBody, response: detail } },
      async (request) => recordWithdrawal(ctx, viewerOf(request), request.params.id, request.body),
    );
  };
