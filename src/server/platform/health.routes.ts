import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.ts';

/** Liveness and database reachability, for load balancers and monitoring. */
export const healthRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['health'],
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.literal('ok'),
              engine: z.enum(['pglite', 'postgres']),
            }),
            503: z.object({ status: z.literal('degraded'), database: z.literal('unreachable') }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await database.db.execute(sql`select 1`);
          return { status: 'ok' as const, database: 'ok' as const, engine: database.kind };
        } catch {
          return reply.status(503).send({ status: 'degraded' as const, database: 'unreachable' as const });
        }
      },
    );
  };
