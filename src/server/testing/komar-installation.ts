import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { KOMAR_BIN } from '../reliability/komar-process.ts';
import { adminQuery, withDatabase } from './global-setup.ts';

import { testEngine } from './test-db.ts';

/**
 * A fresh Komar installation for a test file that runs the real `komar`
 * command: its own data directory, and on the postgres project its own
 * database, made before the file's tests and removed after them.
 */
export function komarInstallation(name: string, opts: { timeoutMs?: number } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `komar-${name}-`));
  const pgName = `komar_${name.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, KOMAR_DATA_DIR: dataDir, KOMAR_LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const adminUrl = () => process.env.TEST_DATABASE_URL as string;

  beforeAll(async () => {
    if (testEngine !== 'postgres') return;
    await adminQuery(adminUrl(), `CREATE DATABASE ${pgName}`);
    env.DATABASE_URL = withDatabase(adminUrl(), pgName);
  });
  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (testEngine === 'postgres') await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  });

  /** Runs `komar ARGS…` to the end; its exit code and output. */
  const komar = (...args: string[]) => {
    const r = spawnSync(process.execPath, [KOMAR_BIN, ...args], {
      env,
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { dataDir, env, komar };
}
