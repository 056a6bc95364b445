import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** The `komar` command of this checkout, run by the tests and scripts that start real processes. */
export const KOMAR_BIN = path.resolve(import.meta.dirname, '../../../bin/komar.js');

export type KomarEnv = {
  /** The embedded database and key file live here (the key file also with PostgreSQL). */
  dataDir: string;
  /** Unset: the embedded database (PGlite) in dataDir. */
  databaseUrl?: string;
  /** 0: any free port. */
  port?: number;
  /** Extra variables, e.g. a raised KOMAR_RATE_LIMIT. */
  extra?: Record<string, string>;
};

/** The environment a real deployment would give `komar`, and nothing inherited that could change it. */
export function komarEnv(opts: KomarEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KOMAR_DATA_DIR: opts.dataDir,
    DATABASE_URL: opts.databaseUrl ?? '',
    PORT: String(opts.port ?? 0),
    HOST: '127.0.0.1',
    KOMAR_LOG_LEVEL: 'warn',
    ...opts.extra,
  };
  delete env.KOMAR_KEY_FILE; // the key file in the data dir: the same one on every restart
  return env;
}

export type RunningServer = {
  url: string;
  pid: number;
  /** The first administrator, when this start created one. */
  firstAdmin?: { email: string; password: string };
  /** kill -9: no shutdown hook runs, nothing is flushed or sealed. */
  crash(): Promise<void>;
  /** SIGTERM: the graceful shutdown of `komar serve`. Resolves with the exit code. */
  stop(): Promise<number | null>;
  /** What the server wrote on stderr so far (its notices and warnings). */
  stderr(): string;
};

/**
 * Starts `komar serve` and resolves once it listens (and, with `firstAdmin`,
 * once it has printed the first administrator's one-time password, which
 * follows the listening notice). Fails with its stderr if it exits first.
 */
export async function startKomar(
  opts: KomarEnv,
  { firstAdmin = false, timeoutMs = 90_000 } = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [KOMAR_BIN, 'serve'], {
    env: komarEnv(opts),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<{ url: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`komar serve did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const url = /running at (http:\/\/\S+) on/.exec(stderr)?.[1];
      if (url && (!firstAdmin || /one-time password:\s+\S+\n/.test(stderr))) {
        clearTimeout(timer);
        resolve({ url: url.replace('localhost', '127.0.0.1') });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`komar serve exited (${code}) before listening: ${stderr}`));
    });
  });
  const { url } = await ready;
  const email = /email:\s+(\S+)/.exec(stderr)?.[1];
  const password = /one-time password:\s+(\S+)/.exec(stderr)?.[1];
  return {
    url,
    pid: child.pid as number,
    firstAdmin: email && password ? { email, password } : undefined,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    stderr: () => stderr,
  };
}

/** Runs one `komar` command to its end (e.g. `audit verify`). */
export function runKomar(opts: KomarEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, [KOMAR_BIN, ...args], {
    env: komarEnv(opts),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
