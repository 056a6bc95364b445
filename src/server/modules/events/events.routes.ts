import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { getEvent } from './event-detail.ts';
import * as schema from './events.schema.ts';
import { createEvent, facilitatorChoices, listEvents, updateEvent } from './events.service.ts';

/**
 * Community engagement events: trainings, awareness raising, workshops and the
 * government events the organisation spoke at. Every holder of `events:read`
 * sees every event (decision 015); writes are audited.
 */
export const eventsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['events'];
    const read = { access: 'events:read' } as const;
    const write = { access: 'events:write' } as const;
    const params = schema.eventParams;
    const detail = { 200: schema.detail };

    app.get(
      '/api/events',
      { config: read, schema: { tags, querystring: schema.listQuery, response: { 200: schema.listResponse } } },
      async (request) => listEvents(ctx, request.query),
    );
    app.get(
      '/api/events/facilitators',
      { config: write, schema: { tags, response: { 200: schema.facilitatorsResponse } } },
      async () => facilitatorChoices(ctx),
    );
    app.post(
      '/api/events',
      { config: write, schema: { tags, body: schema.createBody, response: { 201: schema.detail } } },
      async (request, reply) =>
        reply.status(201).send(await createEvent(ctx, authOf(request).session.user.id, request.body)),
    );
    app.get('/api/events/:id', { config: read, schema: { tags, params, response: detail } }, async (request) =>
      getEvent(ctx, request.params.id),
    );
    app.patch(
      '/api/events/:id',
      { config: write, schema: { tags, params, body: schema.patchBody, response: detail } },
      async (request) => updateEvent(ctx, authOf(request).session.user.id, request.params.id, request.body),
    );
  };
