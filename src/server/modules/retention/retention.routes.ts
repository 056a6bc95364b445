import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { runPurge } from './retention.purge.ts';
import { ruleBody, ruleParams, rulesView, runBody, runView } from './retention.schema.ts';
import { listRules, updateRule } from './retention.service.ts';

/** Retention rules for administrators (decision 021): see, set, and run now. */
export const retentionRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/retention/rules',
      {
        config: { access: 'settings:manage' },
        schema: {
          tags: ['retention'],
          summary: 'Retention rules, each with how many records it would purge now',
          response: { 200: rulesView },
        },
      },
      async () => listRules(ctx),
    );

    app.put(
      '/api/retention/rules/:rule',
      {
        config: { access: 'settings:manage' },
        schema: {
          tags: ['retention'],
          summary: 'Set a rule: its period in years, on or off',
          params: ruleParams,
          body: ruleBody,
          response: { 200: rulesView },
        },
      },
      async (request) =>
        updateRule(ctx, { userId: authOf(request).session.user.id }, request.params.rule, request.body),
    );

    app.post(
      '/api/retention/run',
      {
        config: { access: 'settings:manage' },
        schema: {
          tags: ['retention'],
          summary: 'Run the enabled rules now (or count with dryRun)',
          body: runBody,
          response: { 200: runView },
        },
      },
      async (request) => runPurge(ctx, { userId: authOf(request).session.user.id }, { dryRun: request.body.dryRun }),
    );
  };
