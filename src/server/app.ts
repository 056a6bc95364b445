import { createHash } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Ctx } from './context.ts';
import type { Database } from './db/client.ts';
import { authRoutes } from './modules/accounts/auth.routes.ts';
import { resolveSession } from './modules/accounts/sessions.service.ts';
import { usersRoutes } from './modules/accounts/users.routes.ts';
import { userNames } from './modules/accounts/users.service.ts';
import { annualRoutes } from './modules/annual/annual.routes.ts';
import { courtRoutes } from './modules/court/court.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { eventsRoutes } from './modules/events/events.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { callsRoutes } from './modules/intake/calls.routes.ts';
import { publicReportsRoutes } from './modules/intake/public-reports.routes.ts';
import { reportsRoutes } from './modules/intake/reports.routes.ts';
import { urlAssessmentsRoutes } from './modules/intake/url-assessments.routes.ts';
import { investigationsRoutes } from './modules/investigations/investigations.routes.ts';
import { officesRoutes } from './modules/offices/offices.routes.ts';
import { partnersRoutes } from './modules/partners/partners.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { researchRoutes } from './modules/research/research.routes.ts';
import { retentionRoutes } from './modules/retention/retention.routes.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { referralsRoutes } from './modules/support/referrals.routes.ts';
import { supportRoutes } from './modules/support/support.routes.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { breakGlassRoutes } from './platform/break-glass/break-glass.routes.ts';
import { clientKey } from './platform/client-key.ts';
import { installErrorHandler, invalid } from './platform/errors.ts';
import { healthRoutes } from './platform/health.routes.ts';
import { loggerOptions } from './platform/logger.ts';
import { installPolicy } from './platform/policy.ts';
import { installSecurityHeaders } from './platform/security-headers.ts';
import { unstorablePath } from './platform/unstorable-text.ts';
import { serveWeb } from './platform/web.ts';

export type AppOptions = {
  ctx: Ctx;
  database: Database;
  /** Secret for signing cookies (derived from the master key, so every app server agrees). */
  cookieSecret: Buffer;
  logLevel?: string;
  logStream?: NodeJS.WritableStream;
  trustProxy?: number;
  /**
   * Requests per minute per client across the API (sign-in steps and public
   * submissions have their own, lower limits). `false` switches rate limiting
   * off entirely: for load benchmarks from one address only, never in a deployment.
   */
  rateLimitPerMinute?: number | false;
};

/** JSON bodies larger than this are refused with 413: no form in Komar comes near it. */
export const BODY_LIMIT = 256 * 1024;

/** Builds the whole HTTP application from its modules. Listening is the caller's business. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { ctx, database } = opts;
  const app = Fastify({
    logger: loggerOptions(opts.logLevel ?? 'info', opts.logStream),
    bodyLimit: BODY_LIMIT,
    // Trust X-Forwarded-For only from as many proxy hops as configured.
    trustProxy: (_address: string, hop: number) => hop < (opts.trustProxy ?? 0),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // Text PostgreSQL cannot store (U+0000, lone surrogates) is bad input: a 400 naming the field, never a failed query.
  app.addHook('preValidation', async (request) => {
    const field = unstorablePath(request.body) ?? unstorablePath(request.query) ?? unstorablePath(request.params);
    if (field !== undefined) throw invalid({ [field || '_']: 'contains a character that cannot be stored' });
  });

  await app.register(fastifyCookie, { secret: createHash('sha256').update(opts.cookieSecret).digest() });
  installSecurityHeaders(app, { hsts: ctx.config.secureCookies });
  if (opts.rateLimitPerMinute !== false) {
    await app.register(fastifyRateLimit, {
      global: true,
      max: opts.rateLimitPerMinute ?? 600,
      timeWindow: '1 minute',
      keyGenerator: (request) => clientKey(request.ip),
    });
  }
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: ctx.config.secureCookies },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });

  installPolicy(app, (token) => resolveSession(ctx, token));
  // CSRF after authentication: every state-changing request carries the token, sign-in included.
  app.addHook('onRequest', (request, reply, done) => {
    const safe = request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
    if (safe || request.is404 || request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Komar API', version: '0.1.0', description: 'Case management for child protection.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    scope.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await scope.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });

  await app.register(healthRoutes(database));
  await app.register(authRoutes(ctx));
  await app.register(usersRoutes(ctx));
  await app.register(officesRoutes(ctx));
  await app.register(publicReportsRoutes(ctx));
  await app.register(reportsRoutes(ctx));
  await app.register(callsRoutes(ctx));
  await app.register(urlAssessmentsRoutes(ctx));
  await app.register(partnersRoutes(ctx));
  await app.register(importsRoutes(ctx));
  await app.register(investigationsRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(supportRoutes(ctx));
  await app.register(referralsRoutes(ctx));
  await app.register(courtRoutes(ctx));
  await app.register(indicatorsRoutes(ctx));
  await app.register(eventsRoutes(ctx));
  await app.register(researchRoutes(ctx));
  await app.register(annualRoutes(ctx));
  await app.register(dashboardRoutes(ctx));
  await app.register(settingsRoutes(ctx));
  await app.register(retentionRoutes(ctx));
  await app.register(breakGlassRoutes(ctx));
  await app.register(auditRoutes(ctx.db, (ids) => userNames(ctx, ids)));
  await serveWeb(app);
  return app;
}
