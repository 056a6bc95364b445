import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './referrals.schema.ts';
import { changeReferral, getReferral, listReferrals, sendReferral } from './referrals.service.ts';
import type { Viewer } from './support-scope.ts';

/** Referrals of support cases to partners: in the scope of their case, read with `support:read`. */
export const referralsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['referrals'];
    const read = { access: 'support:read' } as const;
    const write = { access: 'support:write' } as const;
    const viewerOf = (request: FastifyRequest): Viewer => {
      const auth = authOf(request);
      return { userId: auth.session.user.id, officeCode: auth.session.user.officeCode, permissions: auth.permissions };
    };
    const one = { 200: schema.referralView };

    app.get(
      '/api/referrals',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.referralListQuery,
          response: { 200: z.object({ items: z.array(schema.referralView) }) },
        },
      },
      async (request) => ({ items: await listReferrals(ctx, viewerOf(request), request.query) }),
    );
    app.get(
      '/api/referrals/:id',
      { config: read, schema: { tags, params: schema.referralParams, response: one } },
      async (request) => getReferral(ctx, viewerOf(request), request.params.id),
    );
    app.post(
      '/api/referrals',
      { config: write, schema: { tags, body: schema.referralBody, response: { 201: schema.referralView } } },
      async (request, reply) => reply.status(201).send(await sendReferral(ctx, viewerOf(request), request.body)),
    );
    app.post(
      '/api/referrals/:id/status',
      { config: write, schema: { tags, params: schema.referralParams, body: schema.transitionBody, response: one } },
      async (request) => changeReferral(ctx, viewerOf(request), request.params.id, request.body),
    );
  };
