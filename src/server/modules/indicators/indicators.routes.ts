import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';

/** The national-standards and child-friendly-practice indicators. */
export const indicatorsRoutes =
  (_ctx: Ctx): FastifyPluginAsyncZod =>
  async (_app) => {};
