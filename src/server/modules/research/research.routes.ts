import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { researchFor } from './offender-research.service.ts';
import * as schema from './research.schema.ts';
import { CONTENT_TYPES, exportResearch, fileName, renderResearch } from './research-export.ts';

/**
 * Offender research: pseudonymised statistics with significance tests, and
 * their exports (decision 016). Only aggregate figures leave: no name, no id,
 * for any role, managers included.
 */
export const researchRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['research'];
    const config = { access: 'research:read' } as const;

    app.get(
      '/api/research/offenders',
      { config, schema: { tags, querystring: schema.offendersQuery, response: { 200: schema.research } } },
      async (request) => researchFor(ctx, request.query),
    );

    // Downloads with the page's filters, audited as `research.export` (filters only).
    app.get(
      '/api/research/offenders/export',
      { config, schema: { tags, querystring: schema.exportQuery } },
      async (request, reply) => {
        const { format, public: forPublic, ...filters } = request.query;
        const actor = { userId: authOf(request).session.user.id };
        const result = await exportResearch(ctx, actor, { format, filters, public: forPublic });
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${fileName(format, forPublic)}"`)
          .header('cache-control', 'no-store')
          .send(await renderResearch(format, result));
      },
    );
  };
