import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';

/** Court cases, hearings with child-friendly measures, verdicts and compensation. */
export const courtRoutes =
  (_ctx: Ctx): FastifyPluginAsyncZod =>
  async (_app) => {};
