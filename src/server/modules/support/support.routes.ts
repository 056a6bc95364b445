import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';

/** Support cases of the social and legal departments: clients, assessments, consent, plans, services, follow-ups, closure, referrals. */
export const supportRoutes =
  (_ctx: Ctx): FastifyPluginAsyncZod =>
  async (_app) => {};
