import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './calls.schema.ts';
import { enterReport, listCalls, logCall } from './calls.service.ts';

/** The hotline's call log, and reports staff enter from other channels. */
export const callsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['hotline'];
    const config = { access: 'calls:log' } as const;
    const operatorOf = (request: Parameters<typeof authOf>[0]) => ({ userId: authOf(request).session.user.id });

    app.post(
      '/api/calls',
      {
        config,
        schema: {
          tags,
          body: schema.callBody,
          response: {
            201: z.object({ id: z.string(), reportId: z.string().nullable(), trackingCode: z.string().nullable() }),
          },
        },
      },
      async (request, reply) => reply.status(201).send(await logCall(ctx, operatorOf(request), request.body)),
    );

    app.get(
      '/api/calls',
      {
        config,
        schema: {
          tags,
          querystring: schema.callsQuery,
          response: { 200: z.object({ items: z.array(schema.callItem) }) },
        },
      },
      async (request) => ({ items: await listCalls(ctx, request.query) }),
    );

    app.post(
      '/api/reports/manual',
      {
        config,
        schema: {
          tags,
          summary: 'Enter a report received by email, in person, from an informant or a partner',
          body: schema.manualReportBody,
          response: { 201: z.object({ id: z.string(), trackingCode: z.string() }) },
        },
      },
      async (request, reply) => reply.status(201).send(await enterReport(ctx, operatorOf(request), request.body)),
    );
  };
