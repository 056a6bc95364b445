import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permissionsOf } from '../../../shared/permissions.ts';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import * as schema from './accounts.schema.ts';
import type { ResolvedSession } from './sessions.service.ts';
import {
  createUser,
  listUsers,
  resetPassword,
  resetSecondFactor,
  setLocale,
  toUserView,
  updateUser,
} from './users.service.ts';

const actorOf = (request: FastifyRequest) => ({ userId: authOf(request).session.user.id });

/** Staff accounts: one's own (`/api/me`) and, for administrators, everyone's. */
export const usersRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const me = async (request: FastifyRequest) => {
      // The session lookup already read the user row: no second query.
      const session = authOf(request).session as ResolvedSession;
      const user = toUserView(session.user, ctx.now());
      return { stage: session.stage, permissions: permissionsOf(user.roles), user };
    };

    app.get(
      '/api/me',
      { config: { access: 'sign_in_step' }, schema: { tags: ['me'], response: { 200: schema.meResponse } } },
      me,
    );

    app.patch(
      '/api/me',
      {
        config: { access: 'sign_in_step' },
        schema: { tags: ['me'], body: schema.mePatch, response: { 200: schema.meResponse } },
      },
      async (request) => {
        const session = authOf(request).session as ResolvedSession;
        await setLocale(ctx, session.user.id, request.body.locale);
        session.user.locale = request.body.locale;
        return me(request);
      },
    );

    const tags = ['users'];
    const userResponse = z.object({ user: schema.userView });

    app.get(
      '/api/users',
      {
        config: { access: 'users:read' },
        schema: { tags, response: { 200: z.object({ items: z.array(schema.userView) }) } },
      },
      async () => ({ items: await listUsers(ctx) }),
    );

    app.post(
      '/api/users',
      {
        config: { access: 'users:manage' },
        schema: {
          tags,
          body: schema.newUserBody,
          response: { 201: z.object({ user: schema.userView, oneTimePassword: z.string() }) },
        },
      },
      async (request, reply) => reply.status(201).send(await createUser(ctx, actorOf(request), request.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'users:manage' },
        schema: { tags, params: schema.userIdParams, body: schema.userPatchBody, response: { 200: userResponse } },
      },
      async (request) => ({ user: await updateUser(ctx, actorOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/api/users/:id/reset-2fa',
      { config: { access: 'users:manage' }, schema: { tags, params: schema.userIdParams, body: schema.emptyBody } },
      async (request, reply) => {
        await resetSecondFactor(ctx, actorOf(request), request.params.id);
        return reply.status(204).send();
      },
    );

    app.post(
      '/api/users/:id/reset-password',
      {
        config: { access: 'users:manage' },
        schema: {
          tags,
          params: schema.userIdParams,
          body: schema.emptyBody,
          response: { 200: z.object({ oneTimePassword: z.string() }) },
        },
      },
      async (request) => ({ oneTimePassword: await resetPassword(ctx, actorOf(request), request.params.id) }),
    );
  };
