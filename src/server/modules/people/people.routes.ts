import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import type { Viewer } from '../investigations/investigation-scope.ts';
import { decideDuplicate, pendingDuplicates, undoMerge } from './duplicates.service.ts';
import * as schema from './people.schema.ts';
import { searchPeople } from './people.service.ts';
import { addDocument, findByDocument, getPerson, updatePerson } from './person-record.service.ts';

/** Person search (either script, misspelt) and the review of possible duplicates. */
export const peopleRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    const viewerOf = (request: FastifyRequest): Viewer => {
      const auth = authOf(request);
      return { userId: auth.session.user.id, officeCode: auth.session.user.officeCode, permissions: auth.permissions };
    };
    app.get(
      '/api/people/search',
      {
        config: { access: 'people:identify' },
        schema: {
          tags,
          querystring: schema.searchQuery,
          response: { 200: z.object({ items: z.array(schema.searchResult) }) },
        },
      },
      async (request) => ({ items: await searchPeople(ctx, viewerOf(request), request.query) }),
    );
    app.get(
      '/api/people/duplicates',
      {
        config: { access: 'people:merge' },
        schema: { tags, response: { 200: z.object({ items: z.array(schema.duplicatePair) }) } },
      },
      async (request) => ({ items: await pendingDuplicates(ctx, viewerOf(request), 100) }),
    );
    app.post(
      '/api/people/duplicates/decision',
      {
        config: { access: 'people:merge' },
        schema: { tags, body: schema.decisionBody, response: { 200: z.object({ mergeId: z.string().nullable() }) } },
      },
      async (request) => decideDuplicate(ctx, viewerOf(request), request.body),
    );
    app.post(
      '/api/people/merges/:id/undo',
      { config: { access: 'people:merge' }, schema: { tags, params: schema.mergeParams } },
      async (request, reply) => {
        await undoMerge(ctx, viewerOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
    const identify = { access: 'people:identify' } as const;
    // A document number travels in the body, never in a URL.
    app.post(
      '/api/people/by-document',
      {
        config: identify,
        schema: {
          tags,
          body: schema.documentBody,
          response: { 200: z.object({ items: z.array(schema.personDetail) }) },
        },
      },
      async (request) => ({ items: await findByDocument(ctx, viewerOf(request), request.body) }),
    );
    app.get(
      '/api/people/:id',
      { config: identify, schema: { tags, params: schema.personParams, response: { 200: schema.personDetail } } },
      async (request) => getPerson(ctx, viewerOf(request), request.params.id),
    );
    app.patch(
      '/api/people/:id',
      {
        config: identify,
        schema: { tags, params: schema.personParams, body: schema.personPatch, response: { 200: schema.personDetail } },
      },
      async (request) => updatePerson(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/people/:id/documents',
      {
        config: identify,
        schema: {
          tags,
          params: schema.personParams,
          body: schema.documentBody,
          response: { 200: schema.personDetail },
        },
      },
      async (request) => addDocument(ctx, viewerOf(request), request.params.id, request.body),
    );
  };
