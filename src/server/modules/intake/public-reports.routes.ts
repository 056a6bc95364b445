import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC_STATUSES, publicReportBody } from '../../../shared/intake.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { addReporterMessage, publicReportStatus, submitPublicReport } from './public-reports.service.ts';

/**
 * The public report API of shared/contracts/data-exchange.md: no login, no
 * cookies (so no CSRF token), no IP address stored; rate limits key on a
 * daily-rotating hash of the address.
 */
export const publicReportsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['public reports'];
    const config = { access: 'public', csrf: false } as const;
    const secretOf = (headers: Record<string, unknown>) => {
      const secret = headers['x-report-secret'];
      if (typeof secret !== 'string' || secret.length === 0 || secret.length > 100) throw notFound();
      return secret;
    };
    const codeParams = z.strictObject({ code: z.string().max(40) });

    app.post(
      '/api/public/reports',
      {
        config: { ...config, rateLimit: { max: 20, timeWindow: '1 minute' } },
        // 20,000 characters of Khmer (3 bytes each) and 50 long URLs fit.
        bodyLimit: 512 * 1024,
        schema: {
          tags,
          summary: 'Send a report (anonymous unless contact is given)',
          headers: z.object({ 'idempotency-key': z.string().min(1).max(100).optional() }),
          body: publicReportBody,
          response: { 201: z.object({ trackingCode: z.string(), secret: z.string() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await submitPublicReport(ctx, request.body, request.headers['idempotency-key'])),
    );

    app.get(
      '/api/public/reports/:code',
      {
        config: { ...config, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'The status of a report, with its secret in X-Report-Secret',
          params: codeParams,
          response: {
            200: z.object({ trackingCode: z.string(), status: z.enum(PUBLIC_STATUSES), receivedAt: z.string() }),
          },
        },
      },
      async (request) => publicReportStatus(ctx, request.params.code, secretOf(request.headers)),
    );

    app.post(
      '/api/public/reports/:code/messages',
      {
        config: { ...config, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Add information to a report, with its secret in X-Report-Secret',
          params: codeParams,
          body: z.strictObject({
            message: z.string().trim().min(1, 'required').max(20_000, 'at most 20000 characters'),
          }),
          response: { 201: z.object({}) },
        },
      },
      async (request, reply) => {
        await addReporterMessage(ctx, request.params.code, secretOf(request.headers), request.body.message);
        return reply.status(201).send({});
      },
    );
  };
