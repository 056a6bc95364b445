import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { addAgreement, removeAgreement, updateAgreement } from './partner-agreements.service.ts';
import * as schema from './partners.schema.ts';
import { createPartner, getPartner, listPartners, updatePartner } from './partners.service.ts';

/** The partner directory every module refers to, with each partner's agreements. */
export const partnersRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['partners'];
    const read = { access: 'partners:read' } as const;
    const manage = { access: 'partners:manage' } as const;
    const actorOf = (request: Parameters<typeof authOf>[0]) => ({ userId: authOf(request).session.user.id });

    app.get(
      '/api/partners',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.partnerListQuery,
          response: { 200: z.object({ items: z.array(schema.partnerView) }) },
        },
      },
      async (request) => ({ items: await listPartners(ctx, request.query) }),
    );
    app.get(
      '/api/partners/:id',
      { config: read, schema: { tags, params: schema.partnerIdParams, response: { 200: schema.partnerView } } },
      async (request) => getPartner(ctx, request.params.id),
    );
    app.post(
      '/api/partners',
      { config: manage, schema: { tags, body: schema.partnerBody, response: { 201: schema.partnerView } } },
      async (request, reply) => reply.status(201).send(await createPartner(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/partners/:id',
      {
        config: manage,
        schema: {
          tags,
          params: schema.partnerIdParams,
          body: schema.partnerPatch,
          response: { 200: schema.partnerView },
        },
      },
      async (request) => updatePartner(ctx, actorOf(request), request.params.id, request.body),
    );
    // Agreements: every change answers the whole partner, as its page shows it.
    const view = { 200: schema.partnerView };
    app.post(
      '/api/partners/:id/agreements',
      { config: manage, schema: { tags, params: schema.partnerIdParams, body: schema.agreementBody, response: view } },
      async (request) => addAgreement(ctx, actorOf(request), request.params.id, request.body),
    );
    app.patch(
      '/api/partners/:id/agreements/:agreementId',
      { config: manage, schema: { tags, params: schema.agreementParams, body: schema.agreementPatch, response: view } },
      async (request) => {
        const { id, agreementId } = request.params;
        return updateAgreement(ctx, actorOf(request), id, agreementId, request.body);
      },
    );
    app.delete(
      '/api/partners/:id/agreements/:agreementId',
      { config: manage, schema: { tags, params: schema.agreementParams, response: view } },
      async (request) => {
        const { id, agreementId } = request.params;
        return removeAgreement(ctx, actorOf(request), id, agreementId);
      },
    );
  };
