import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Komar reads, validated in one place so that a
 * typo in a deployment fails at start-up with a clear message instead of
 * surfacing later as odd behaviour.
 */
/** An empty variable (`DATABASE_URL=` in an env file) means unset, not an invalid value. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  KOMAR_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  KOMAR_KEY_FILE: optional(z.string().min(1)),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  KOMAR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when Komar is served over HTTPS (directly or behind a proxy): cookies become Secure. */
  KOMAR_SECURE_COOKIES: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Number of reverse proxies in front of Komar whose X-Forwarded-For is trusted. */
  KOMAR_TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** Per client and minute. An office behind one NAT address shares it: raise it there. */
  KOMAR_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
});

export type Config = {
  dataDir: string;
  databaseUrl: string | undefined;
  keyFile: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['KOMAR_LOG_LEVEL'];
  secureCookies: boolean;
  trustProxy: number;
  rateLimitPerMinute: number;
};

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.KOMAR_DATA_DIR);
  return {
    dataDir,
    databaseUrl: e.DATABASE_URL,
    keyFile: path.resolve(e.KOMAR_KEY_FILE ?? path.join(dataDir, 'komar.key')),
    port: e.PORT,
    host: e.HOST,
    logLevel: e.KOMAR_LOG_LEVEL,
    secureCookies: e.KOMAR_SECURE_COOKIES,
    trustProxy: e.KOMAR_TRUST_PROXY,
    rateLimitPerMinute: e.KOMAR_RATE_LIMIT,
  };
}
