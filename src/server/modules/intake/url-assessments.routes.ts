import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './url-assessments.schema.ts';
import { addUrlAction, assessUrl, getUrl, listUrls, urlFigures } from './url-assessments.service.ts';

/** The internet hotline: distinct reported URLs, their assessment, actions taken, and figures. */
export const urlAssessmentsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['internet hotline'];
    const config = { access: 'urls:assess' } as const;
    const analystOf = (request: FastifyRequest) => ({ userId: authOf(request).session.user.id });
    const detail = { 200: schema.urlDetail };

    app.get(
      '/api/urls',
      {
        config,
        schema: {
          tags,
          querystring: schema.urlListQuery,
          response: { 200: z.object({ items: z.array(schema.urlItem) }) },
        },
      },
      async (request) => ({ items: await listUrls(ctx, request.query) }),
    );
    app.get(
      '/api/urls/figures',
      { config, schema: { tags, querystring: schema.figuresQuery, response: { 200: schema.figures } } },
      async (request) => urlFigures(ctx, request.query),
    );
    app.get(
      '/api/urls/:hash',
      { config, schema: { tags, params: schema.urlHashParams, response: detail } },
      async (request) => getUrl(ctx, request.params.hash),
    );
    app.put(
      '/api/urls/:hash/assessment',
      { config, schema: { tags, params: schema.urlHashParams, body: schema.assessmentBody, response: detail } },
      async (request) => assessUrl(ctx, analystOf(request), request.params.hash, request.body),
    );
    app.post(
      '/api/urls/:hash/actions',
      { config, schema: { tags, params: schema.urlHashParams, body: schema.actionBody, response: detail } },
      async (request) => addUrlAction(ctx, analystOf(request), request.params.hash, request.body),
    );
  };
