import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';

/**
 * The one error type services throw. Its status and body are what the client
 * sees; nothing else about an error (stack, SQL, internal message) ever is.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** A denied or missing record: never confirm a record exists to someone who may not see it. */
export const notFound = () => new AppError(404, 'not_found', 'not found or no access');
export const forbidden = () => new AppError(403, 'forbidden', 'you do not have permission for this action');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'sign in first');
export const conflict = (message: string, fields?: Record<string, string>) =>
  new AppError(409, 'conflict', message, fields);
/** Input that passed its schema but breaks a business rule, named by field. */
export const invalid = (fields: Record<string, string>) =>
  new AppError(400, 'validation', 'some fields are not valid', fields);

/** Zod issues as `{ "path.to.field": "message" }`; an unknown key is named itself. */
export function fieldsOf(issues: ZodError['issues']): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...base, key].join('.')] = 'unknown field';
    } else {
      fields[base.join('.') || '_'] ??= issue.message;
    }
  }
  return fields;
}

const FASTIFY_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed_json', 'the request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed_json', 'the request body is empty'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'the request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'this content type is not accepted'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'the content length is wrong'],
  FST_CSRF_INVALID_TOKEN: [403, 'csrf', 'the form token is missing or expired; reload the page'],
  FST_CSRF_MISSING_SECRET: [403, 'csrf', 'the form token is missing or expired; reload the page'],
};

/** Installs the one error handler: specific 4xx bodies for bad input, an opaque 500 otherwise. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      const body: Record<string, unknown> = { error: err.code, message: err.message, ...err.extra };
      if (err.fields) body.fields = err.fields;
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const path = v.instancePath.split('/').filter(Boolean);
        const keys = (v.params as { keys?: string[] }).keys;
        if (v.keyword === 'unrecognized_keys' && keys) {
          for (const key of keys) fields[[...path, key].join('.')] = 'unknown field';
        } else {
          fields[path.join('.') || '_'] ??= v.message ?? 'invalid';
        }
      }
      return reply.status(400).send({ error: 'validation', message: 'some fields are not valid', fields });
    }
    const known = err.code ? FASTIFY_CLIENT_ERRORS[err.code] : undefined;
    if (known) return reply.status(known[0]).send({ error: known[1], message: known[2] });
    if (err.statusCode === 429) {
      return reply.status(429).send({ error: 'rate_limited', message: 'too many requests; wait a moment' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .status(err.statusCode)
        .send({ error: 'bad_request', message: 'the request could not be understood' });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: 'internal', message: 'something went wrong on our side' });
  });
}
