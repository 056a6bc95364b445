import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../policy.ts';
import { listGrants, reviewGrant } from './break-glass.ts';

const grantView = z.object({
  id: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  recordLabel: z.string(),
  officeCode: z.string().nullable(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  active: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  userName: z.string(),
  userOffice: z.string(),
});

/** The managers' review of every "break the glass" look at their office's records. */
export const breakGlassRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['access'];
    const config = { access: 'access:review' } as const;
    const reviewerOf = (request: Parameters<typeof authOf>[0]) => {
      const user = authOf(request).session.user;
      return { userId: user.id, officeCode: user.officeCode };
    };
    app.get(
      '/api/access-grants',
      {
        config,
        schema: {
          tags,
          querystring: z.strictObject({ status: z.enum(['pending', 'all']).default('pending') }),
          response: { 200: z.object({ items: z.array(grantView) }) },
        },
      },
      async (request) => ({ items: await listGrants(ctx, reviewerOf(request), request.query.status === 'pending') }),
    );
    app.post(
      '/api/access-grants/:id/review',
      {
        config,
        schema: {
          tags,
          params: z.strictObject({ id: z.uuid() }),
          body: z.strictObject({ endNow: z.boolean() }),
        },
      },
      async (request, reply) => {
        await reviewGrant(ctx, reviewerOf(request), request.params.id, request.body.endNow);
        return reply.status(204).send();
      },
    );
  };
