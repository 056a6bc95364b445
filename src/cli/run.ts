import { ZodError } from 'zod';
import { type Config, ConfigError, loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/dir-lock.ts';
import { KeyFileError } from '../server/platform/crypto/key-file.ts';
import { AppError, fieldsOf } from '../server/platform/errors.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';

/** Progress and notices go to stderr; stdout is kept for the command's output (JSON, tables). */
export const say = (msg: string) => process.stderr.write(`${msg}\n`);

/** The one-line reason a command failed, without a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof AppError) {
    const fields = Object.entries(err.fields ?? {}).map(([k, v]) => `${k}: ${v}`);
    return fields.length ? fields.join('; ') : err.message;
  }
  if (err instanceof ZodError) {
    return Object.entries(fieldsOf(err.issues))
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
  }
  if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof KeyFileError)
    return err.message;
  const code = (err as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'cannot reach the PostgreSQL server in DATABASE_URL';
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'failed';
  return String(err);
}

/** Runs a command body against an open runtime, then closes it; any failure is one line on stderr and exit 1. */
export async function withRuntime(body: (rt: Runtime) => Promise<void>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(loadConfig(), say);
    await body(runtime);
  } catch (err) {
    fail(err);
  } finally {
    await runtime?.close().catch(() => {});
  }
  if (process.exitCode) process.exit(process.exitCode);
}

export function fail(err: unknown): void {
  say(`komar: ${describeError(err)}`);
  process.exitCode = 1;
}

export function configOrFail(): Config | undefined {
  try {
    return loadConfig();
  } catch (err) {
    fail(err);
    return undefined;
  }
}
