import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { authOf, SESSION_COOKIE } from '../../platform/policy.ts';
import * as schema from './accounts.schema.ts';
import { ABSOLUTE_TIMEOUT_MS, deleteSession, type ResolvedSession } from './sessions.service.ts';
import { beginEnrolment, changePassword, confirmEnrolment, signIn, verifySecondFactor } from './sign-in.service.ts';

const sessionOf = (request: FastifyRequest) => authOf(request).session as ResolvedSession;

/** Sign-in, its further steps, and sign-out. */
export const authRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const setSessionCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.secureCookies,
        maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
      });
    const tags = ['auth'];

    app.get(
      '/api/auth/csrf',
      { config: { access: 'public' }, schema: { tags, response: { 200: z.object({ token: z.string() }) } } },
      async (_request, reply) => ({ token: reply.generateCsrf() }),
    );

    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags, body: schema.loginBody, response: { 200: schema.stageResponse } },
      },
      async (request, reply) => {
        const { token, stage } = await signIn(ctx, request.body.email, request.body.password);
        setSessionCookie(reply, token);
        return { stage };
      },
    );

    app.post(
      '/api/auth/mfa',
      {
        config: { access: 'sign_in_step', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags, body: schema.codeBody, response: { 200: schema.stageResponse } },
      },
      async (request) => ({ stage: await verifySecondFactor(ctx, sessionOf(request), request.body.code) }),
    );

    app.post(
      '/api/auth/totp/setup',
      {
        config: { access: 'sign_in_step' },
        schema: {
          tags,
          body: schema.emptyBody,
          response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() }) },
        },
      },
      async (request) => beginEnrolment(ctx, sessionOf(request)),
    );

    app.post(
      '/api/auth/totp/confirm',
      {
        config: { access: 'sign_in_step', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags, body: schema.codeBody, response: { 200: schema.stageResponse } },
      },
      async (request) => ({ stage: await confirmEnrolment(ctx, sessionOf(request), request.body.code) }),
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'sign_in_step', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: { tags, body: schema.passwordBody, response: { 200: schema.stageResponse } },
      },
      async (request) => ({
        stage: await changePassword(ctx, sessionOf(request), request.body.currentPassword, request.body.newPassword),
      }),
    );

    app.post(
      '/api/auth/logout',
      { config: { access: 'sign_in_step' }, schema: { tags, body: schema.emptyBody } },
      async (request, reply) => {
        const session = sessionOf(request);
        await ctx.db.transaction(async (tx) => {
          await deleteSession(tx, session.id);
          await recordAudit(
            tx,
            { userId: session.user.id },
            { action: 'auth.logout', recordType: 'user', recordId: session.user.id },
          );
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );
  };
