import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino blanks out in every log line. Requests are logged without their
 * query string and bodies are never logged, so a search for a child's name or
 * a reporter's phone number cannot reach the logs; these paths catch what an
 * explicit `log.info({ ... })` might pass by mistake.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-report-secret"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.oneTimePassword',
  '*.passwordHash',
  '*.code',
  '*.secret',
  '*.totpSecret',
  '*.token',
  '*.email',
  '*.name',
  '*.phone',
  '*.address',
  '*.contact',
  '*.description',
];

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    stream,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  } as FastifyServerOptions['logger'];
}
