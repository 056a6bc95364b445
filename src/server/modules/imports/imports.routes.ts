import { Transform } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../platform/errors.ts';
import { authOf } from '../../platform/policy.ts';
import { runImport } from './csv-import.ts';
import { IMPORT_KINDS } from './kinds.ts';

/** An upload larger than this is refused (the command line has no limit). */
export const UPLOAD_LIMIT = 200 * 1024 * 1024;
/** The answer lists this many errors at most (the count is always complete). */
const ERRORS_SHOWN = 1_000;

const tooLarge = () => new AppError(413, 'too_large', 'the file is too large to upload; use `komar import`');

/** Counts bytes as they pass and stops an upload over the limit. */
function limited(limit: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > limit ? tooLarge() : null, chunk);
    },
  });
}

/**
 * The web upload of `komar import`: the same machinery, the same report. A
 * dry run first shows what is wrong or what would change; the page then sends
 * the same file again to write it.
 */
export const importsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    // The CSV streams into the import; it is never held in memory whole.
    app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
    app.post(
      '/api/imports/:kind',
      {
        config: { access: 'imports:run' },
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags: ['imports'],
          summary: 'Import a CSV file (text/csv body), all or nothing; dryRun=true only checks it',
          params: z.strictObject({ kind: z.enum(Object.keys(IMPORT_KINDS) as [string, ...string[]]) }),
          querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') }),
          response: {
            200: z.object({
              kind: z.string(),
              rows: z.number(),
              sha256: z.string(),
              written: z.boolean(),
              errorCount: z.number(),
              errors: z.array(z.object({ line: z.number(), column: z.string(), reason: z.string() })),
              counts: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }).nullable(),
            }),
          },
        },
      },
      async (request) => {
        if (!request.headers['content-type']?.startsWith('text/csv')) {
          throw new AppError(415, 'unsupported_media_type', 'send the file as text/csv');
        }
        const kind = IMPORT_KINDS[request.params.kind];
        if (!kind) throw new AppError(404, 'not_found', 'no such import kind');
        const body = (request.body as NodeJS.ReadableStream).pipe(limited(UPLOAD_LIMIT));
        const result = await runImport(ctx, { userId: authOf(request).session.user.id }, kind, body, {
          dryRun: request.query.dryRun === 'true',
        });
        return { ...result, errorCount: result.errors.length, errors: result.errors.slice(0, ERRORS_SHOWN) };
      },
    );
  };
