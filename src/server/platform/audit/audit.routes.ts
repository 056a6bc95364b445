import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../../shared/schemas.ts';
import type { Db } from '../../db/client.ts';
import { queryAudit } from './audit.query.ts';
import { verifyAuditChain } from './audit.verify.ts';

const entry = z.object({
  id: z.number(),
  seq: z.number().nullable(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** Browsing and verifying the audit log. `names` resolves actor ids through the accounts module. */
export const auditRoutes =
  (db: Db, names: (ids: string[]) => Promise<Map<string, string>>): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];
    app.get(
      '/api/audit',
      {
        config: { access: 'audit:read' },
        schema: {
          tags,
          querystring: z.strictObject({
            actorId: z.uuid().optional(),
            action: z.string().max(100).optional(),
            recordType: z.string().max(100).optional(),
            recordId: z.string().max(200).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            before: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: z.object({ items: z.array(entry), nextBefore: z.number().nullable() }) },
        },
      },
      async (request) => {
        const page = await queryAudit(db, request.query);
        const actorNames = await names([...new Set(page.items.flatMap((r) => (r.actorId ? [r.actorId] : [])))]);
        return {
          nextBefore: page.nextBefore,
          items: page.items.map((r) => ({
            ...r,
            at: r.at.toISOString(),
            actorName: r.actorId ? (actorNames.get(r.actorId) ?? null) : null,
            detail: r.detail as Record<string, unknown>,
          })),
        };
      },
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: 'audit:read' },
        schema: {
          tags,
          response: {
            200: z.object({
              ok: z.boolean(),
              checked: z.number(),
              unsealed: z.number(),
              firstBroken: z.object({ seq: z.number(), id: z.number().nullable(), reason: z.string() }).optional(),
            }),
          },
        },
      },
      async () => verifyAuditChain(db),
    );
  };
