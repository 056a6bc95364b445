import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { dashboard } from './dashboard.schema.ts';
import { dashboardFor } from './dashboard.service.ts';

/** One read for the home page: the panels follow from the permissions, so any signed-in user may ask. */
export const dashboardRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/dashboard',
      { config: { access: 'signed_in' }, schema: { tags: ['dashboard'], response: { 200: dashboard } } },
      async (request) => {
        const { session, permissions } = authOf(request);
        return dashboardFor(ctx, { userId: session.user.id, officeCode: session.user.officeCode, permissions });
      },
    );
  };
