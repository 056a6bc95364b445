import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './support.schema.ts';
import {
  createSupportCase,
  linkInvestigation,
  listSupportCases,
  setTeam,
  supportStaff,
  updateSupportCase,
  viewSupportCase,
} from './support.service.ts';
import { overdueFollowUps } from './support-detail.ts';
import type { Viewer } from './support-scope.ts';
import {
  addFollowUp,
  addGoal,
  addService,
  completeFollowUp,
  decideClosure,
  decidePlacement,
  recordAssessment,
  recordConsent,
  requestClosure,
  setGoalStatus,
} from './support-work.service.ts';

/** Support cases of the social and legal departments: clients, assessments, consent, plans, services, follow-ups, closure. */
export const supportRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['support'];
    const read = { access: 'support:read' } as const;
    const write = { access: 'support:write' } as const;
    const viewerOf = (request: FastifyRequest): Viewer => {
      const auth = authOf(request);
      return { userId: auth.session.user.id, officeCode: auth.session.user.officeCode, permissions: auth.permissions };
    };
    const params = schema.caseParams;
    const detail = { 200: schema.detail };

    app.get(
      '/api/support',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.listQuery,
          response: { 200: z.object({ total: z.number(), items: z.array(schema.listItem) }) },
        },
      },
      async (request) => listSupportCases(ctx, viewerOf(request), request.query),
    );
    app.get(
      '/api/support/follow-ups/overdue',
      { config: read, schema: { tags, response: { 200: z.object({ items: z.array(schema.overdueItem) }) } } },
      async (request) => ({ items: await overdueFollowUps(ctx, viewerOf(request)) }),
    );
    app.get(
      '/api/support/staff',
      {
        config: write,
        schema: {
          tags,
          querystring: schema.staffQuery,
          response: { 200: z.object({ items: z.array(schema.staffItem) }) },
        },
      },
      async (request) => supportStaff(ctx, request.query.office),
    );
    app.post(
      '/api/support',
      {
        config: write,
        schema: { tags, body: schema.createBody, response: { 201: z.object({ id: z.string(), number: z.number() }) } },
      },
      async (request, reply) => reply.status(201).send(await createSupportCase(ctx, viewerOf(request), request.body)),
    );
    app.get('/api/support/:id', { config: read, schema: { tags, params, response: detail } }, async (request) =>
      viewSupportCase(ctx, viewerOf(request), request.params.id),
    );
    // Every change answers the whole case again, as the page shows it.
    app.patch(
      '/api/support/:id',
      { config: write, schema: { tags, params, body: schema.patchBody, response: detail } },
      async (request) => updateSupportCase(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/support/:id/team',
      { config: write, schema: { tags, params, body: schema.teamBody, response: detail } },
      async (request) => setTeam(ctx, viewerOf(request), request.params.id, request.body.memberIds),
    );
    app.post(
      '/api/support/:id/investigations',
      { config: write, schema: { tags, params, body: schema.linkInvestigationBody, response: detail } },
      async (request) => linkInvestigation(ctx, viewerOf(request), request.params.id, request.body.investigationId),
    );
    app.put(
      '/api/support/:id/assessment',
      { config: write, schema: { tags, params, body: schema.assessmentBody, response: detail } },
      async (request) => recordAssessment(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/support/:id/consents',
      { config: write, schema: { tags, params, body: schema.consentBody, response: detail } },
      async (request) => recordConsent(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/support/:id/goals',
      { config: write, schema: { tags, params, body: schema.goalBody, response: detail } },
      async (request) => addGoal(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/support/:id/goals/:goalId/status',
      { config: write, schema: { tags, params: schema.goalParams, body: schema.goalStatusBody, response: detail } },
      async (request) => {
        const { id, goalId } = request.params;
        return setGoalStatus(ctx, viewerOf(request), id, goalId, request.body.status);
      },
    );
    app.post(
      '/api/support/:id/placements',
      { config: write, schema: { tags, params, body: schema.placementBody, response: detail } },
      async (request) => decidePlacement(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/support/:id/services',
      { config: write, schema: { tags, params, body: schema.serviceBody, response: detail } },
      async (request) => addService(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/support/:id/follow-ups',
      { config: write, schema: { tags, params, body: schema.followUpBody, response: detail } },
      async (request) => addFollowUp(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/support/:id/follow-ups/:followUpId/done',
      {
        config: write,
        schema: { tags, params: schema.followUpParams, body: schema.followUpDoneBody, response: detail },
      },
      async (request) => {
        const { id, followUpId } = request.params;
        return completeFollowUp(ctx, viewerOf(request), id, followUpId, request.body);
      },
    );
    app.post(
      '/api/support/:id/closure',
      { config: write, schema: { tags, params, body: schema.closureRequestBody, response: detail } },
      async (request) => requestClosure(ctx, viewerOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/api/support/:id/closure/decision',
      {
        config: { access: 'support:approve' },
        schema: { tags, params, body: schema.closureDecisionBody, response: detail },
      },
      async (request) => decideClosure(ctx, viewerOf(request), request.params.id, request.body),
    );
  };
