import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './reports.schema.ts';
import {
  addNote,
  closeReport,
  getReport,
  listQueue,
  mergeReport,
  updateReport,
  type Viewer,
} from './reports.service.ts';

const viewerOf = (request: FastifyRequest): Viewer => {
  const { session, permissions } = authOf(request);
  return { userId: session.user.id, officeCode: session.user.officeCode, permissions };
};

/** The staff side of intake: one queue for every channel, and triage. */
export const reportsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    const detail = { 200: schema.reportDetail };

    app.get(
      '/api/reports',
      {
        config: { access: 'reports:read' },
        schema: {
          tags,
          querystring: schema.queueQuery,
          response: { 200: z.object({ items: z.array(schema.queueItem), total: z.number() }) },
        },
      },
      async (request) => listQueue(ctx, viewerOf(request), request.query),
    );

    app.get(
      '/api/reports/:id',
      { config: { access: 'reports:read' }, schema: { tags, params: schema.reportIdParams, response: detail } },
      async (request) => getReport(ctx, viewerOf(request), request.params.id),
    );

    app.patch(
      '/api/reports/:id',
      {
        config: { access: 'reports:triage' },
        schema: { tags, params: schema.reportIdParams, body: schema.reportPatch, response: detail },
      },
      async (request) => updateReport(ctx, viewerOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/reports/:id/notes',
      {
        config: { access: 'reports:triage' },
        schema: { tags, params: schema.reportIdParams, body: schema.noteBody, response: detail },
      },
      async (request) => addNote(ctx, viewerOf(request), request.params.id, request.body.body),
    );

    app.post(
      '/api/reports/:id/close',
      {
        config: { access: 'reports:triage' },
        schema: { tags, params: schema.reportIdParams, body: schema.closeBody, response: detail },
      },
      async (request) => closeReport(ctx, viewerOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/reports/:id/merge',
      {
        config: { access: 'reports:triage' },
        schema: { tags, params: schema.reportIdParams, body: schema.mergeBody, response: detail },
      },
      async (request) => mergeReport(ctx, viewerOf(request), request.params.id, request.body.intoTrackingCode),
    );
  };
