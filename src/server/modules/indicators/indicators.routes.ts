import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import type { Viewer } from '../court/court-scope.ts';
import { indicatorFigures } from './indicator-figures.service.ts';
import { listTargets, setTarget } from './indicator-targets.service.ts';
import * as schema from './indicators.schema.ts';
import { answerChecklist, getChecklist } from './standards-checklist.service.ts';
import { createItem, deleteItem, listItems, reorderItems, updateItem } from './standards-items.service.ts';

/** The national-standards and child-friendly-practice indicators (decision 013). */
export const indicatorsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['indicators'];
    const admin = { access: 'settings:manage' } as const;
    const userOf = (request: FastifyRequest) => ({ userId: authOf(request).session.user.id });
    const viewerOf = (request: FastifyRequest): Viewer => {
      const auth = authOf(request);
      return { userId: auth.session.user.id, officeCode: auth.session.user.officeCode, permissions: auth.permissions };
    };

    app.get(
      '/api/indicators',
      {
        config: { access: 'indicators:read' },
        schema: { tags, querystring: schema.figuresQuery, response: { 200: schema.figures } },
      },
      async (request) => indicatorFigures(ctx, request.query),
    );

    // The checklist items and the targets: administrators.
    const items = { 200: schema.itemList };
    app.get('/api/indicators/items', { config: admin, schema: { tags, response: items } }, async () =>
      listItems(ctx.db),
    );
    app.post(
      '/api/indicators/items',
      { config: admin, schema: { tags, body: schema.createItemBody, response: { 201: schema.itemList } } },
      async (request, reply) => reply.status(201).send(await createItem(ctx, userOf(request), request.body)),
    );
    app.put(
      '/api/indicators/items/order',
      { config: admin, schema: { tags, body: schema.orderBody, response: items } },
      async (request) => reorderItems(ctx, userOf(request), request.body.ids),
    );
    app.patch(
      '/api/indicators/items/:id',
      { config: admin, schema: { tags, params: schema.itemParams, body: schema.patchItemBody, response: items } },
      async (request) => updateItem(ctx, userOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/indicators/items/:id',
      { config: admin, schema: { tags, params: schema.itemParams, response: items } },
      async (request) => deleteItem(ctx, userOf(request), request.params.id),
    );
    app.get(
      '/api/indicators/targets',
      { config: admin, schema: { tags, response: { 200: schema.targetList } } },
      async () => listTargets(ctx.db),
    );
    app.put(
      '/api/indicators/targets/:indicator',
      {
        config: admin,
        schema: { tags, params: schema.indicatorParams, body: schema.targetBody, response: { 200: schema.targetList } },
      },
      async (request) => setTarget(ctx, userOf(request), request.params.indicator, request.body),
    );

    // One court case's checklist: whoever sees the court case reads it; court:write answers it.
    const checklist = { 200: schema.checklist };
    app.get(
      '/api/indicators/checklists/:courtCaseId',
      { config: { access: 'court:read' }, schema: { tags, params: schema.checklistParams, response: checklist } },
      async (request) => getChecklist(ctx, viewerOf(request), request.params.courtCaseId),
    );
    app.put(
      '/api/indicators/checklists/:courtCaseId',
      {
        config: { access: 'court:write' },
        schema: { tags, params: schema.checklistParams, body: schema.checklistBody, response: checklist },
      },
      async (request) => answerChecklist(ctx, viewerOf(request), request.params.courtCaseId, request.body),
    );
  };
