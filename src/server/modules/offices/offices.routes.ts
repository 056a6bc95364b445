import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, officeCode } from '../../../shared/schemas.ts';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { listOffices, updateOffice } from './offices.service.ts';

const officeView = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameKm: z.string(),
  openedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
});

export const officesRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['offices'];
    app.get(
      '/api/offices',
      {
        config: { access: 'offices:read' },
        schema: { tags, response: { 200: z.object({ items: z.array(officeView) }) } },
      },
      async () => ({ items: await listOffices(ctx) }),
    );

    app.patch(
      '/api/offices/:code',
      {
        config: { access: 'offices:manage' },
        schema: {
          tags,
          params: z.strictObject({ code: officeCode }),
          body: z
            .strictObject({
              nameEn: z.string().trim().min(1).max(100).optional(),
              nameKm: z.string().trim().min(1).max(100).optional(),
              closedOn: isoDate.nullable().optional(),
            })
            .refine((p) => Object.keys(p).length > 0, 'nothing to change'),
          response: { 200: z.object({ office: officeView }) },
        },
      },
      async (request) => ({
        office: await updateOffice(ctx, { userId: authOf(request).session.user.id }, request.params.code, request.body),
      }),
    );
  };
