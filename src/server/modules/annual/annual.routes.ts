import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './annual.schema.ts';
import { CONTENT_TYPES, exportAnnual, fileName, renderAnnual } from './annual-export.ts';
import { annualReport } from './annual-figures.ts';

/** The annual report: the figures of the data-exchange contract, by programme, with downloads. */
export const annualRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['annual'];
    const config = { access: 'annual:read' } as const;

    app.get(
      '/api/annual/:year',
      { config, schema: { tags, params: schema.reportParams, response: { 200: schema.annualReport } } },
      async (request) => annualReport(ctx.db, request.params.year),
    );

    // Downloads: the year beside the previous one, audited as `annual.export`.
    app.get(
      '/api/annual/:year/download/:format',
      { config, schema: { tags, params: schema.exportParams } },
      async (request, reply) => {
        const { year, format } = request.params;
        const actor = { userId: authOf(request).session.user.id };
        const figures = await exportAnnual(ctx, actor, { year, format, withPrevious: true });
        const body = await renderAnnual(format, figures.current, figures.previous);
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${fileName(year, format)}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  };
