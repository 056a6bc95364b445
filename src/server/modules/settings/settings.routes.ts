import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { PUBLIC_SETTING_KEYS, settingsSchema } from '../../../shared/settings.ts';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { getSettings, updateSettings } from './settings.service.ts';

const publicInfo = settingsSchema.pick({ organisationName: true, policeNumber: true, hotlineNumber: true });

export const settingsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/public/info',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public reports'],
          summary: 'Organisation name and emergency numbers',
          response: { 200: publicInfo },
        },
      },
      async (_request, reply) => {
        const all = await getSettings(ctx.db);
        reply.header('cache-control', 'public, max-age=300');
        return Object.fromEntries(PUBLIC_SETTING_KEYS.map((k) => [k, all[k]])) as z.infer<typeof publicInfo>;
      },
    );

    app.get(
      '/api/settings',
      { config: { access: 'settings:manage' }, schema: { tags: ['settings'], response: { 200: settingsSchema } } },
      async () => getSettings(ctx.db),
    );

    app.patch(
      '/api/settings',
      {
        config: { access: 'settings:manage' },
        schema: {
          tags: ['settings'],
          body: settingsSchema.partial().refine((p) => Object.keys(p).length > 0, 'nothing to change'),
          response: { 200: settingsSchema },
        },
      },
      async (request) => updateSettings(ctx, { userId: authOf(request).session.user.id }, request.body),
    );
  };
