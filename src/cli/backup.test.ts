import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, withDatabase } from '../server/testing/global-setup.ts';
import { testEngine } from '../server/testing/test-db.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/komar.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-backup-cli-'));
const backupFile = path.join(dir, 'komar.backup');
const databases = [`komar_f_src_${randomBytes(4).toString('hex')}`, `komar_f_dst_${randomBytes(4).toString('hex')}`];

/** The source installation and the one restored into: each its own data directory (and PostgreSQL database). */
function installation(i: 0 | 1, over: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KOMAR_DATA_DIR: path.join(dir, `install${i}`),
    KOMAR_LOG_LEVEL: 'silent',
    ...over,
  };
  delete env.DATABASE_URL;
  if (testEngine === 'postgres')
    env.DATABASE_URL = withDatabase(process.env.TEST_DATABASE_URL as string, databases[i] as string);
  return env;
}

const komar = (env: NodeJS.ProcessEnv, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const source = installation(0);
// The restore needs the source's key file: the documented way is KOMAR_KEY_FILE.
const target = installation(1, { KOMAR_KEY_FILE: path.join(dir, 'install0', 'komar.key') });

beforeAll(async () => {
  if (testEngine === 'postgres') {
    for (const name of databases) await adminQuery(process.env.TEST_DATABASE_URL as string, `CREATE DATABASE ${name}`);
  }
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (testEngine === 'postgres') {
    for (const name of databases) {
      await adminQuery(process.env.TEST_DATABASE_URL as string, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  }
});

describe('komar backup', { timeout: 240_000 }, () => {
  it('creates a backup, verifies it, and restores it into a new installation only with the key file', () => {
    const created = komar(
      source,
      'user',
      'create',
      '--email',
      'lead@example.org',
      '--name',
      'Synthetic Lead',
      '--roles',
      'manager',
      '--office',
      'siem_reap',
    );
    expect(created.code).toBe(0);

    const backup = komar(source, 'backup', 'create', backupFile);
    expect(backup.stderr).toMatch(/backup written: \d+ rows in \d+ tables/);
    expect(backup.code).toBe(0);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(backupFile).includes('lead@example.org')).toBe(false);
    expect(komar(source, 'backup', 'create', backupFile).stderr.trim()).toBe(
      `komar: ${backupFile} already exists; choose a new file name`,
    );
    const verified = komar(source, 'backup', 'verify', backupFile, '--against-database');
    expect(verified.stderr).toMatch(/^backup verifies: \d+ rows/);
    expect(verified.stderr).toMatch(/the live audit log verifies and still holds the backup's entry \d+ unchanged/);
    expect(verified.code).toBe(0);

    // Without the source's key file: refused before the database is touched.
    const noKey = komar(installation(1), 'backup', 'restore', backupFile);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr.trim()).toMatch(/^komar: no key file at .*: a backup opens only with the key file/);
    const otherKey = path.join(dir, 'other.key');
    fs.writeFileSync(
      otherKey,
      JSON.stringify({ format: 'komar-master-key-v1', key: randomBytes(32).toString('base64') }),
    );
    const wrongKey = komar(installation(1, { KOMAR_KEY_FILE: otherKey }), 'backup', 'restore', backupFile);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr.trim()).toMatch(/^komar: this backup was made with another master key/);

    const restored = komar(target, 'backup', 'restore', backupFile);
    expect(restored.stderr).toMatch(/restored \d+ rows in \d+ tables .* the audit chain verifies to entry \d+/);
    expect(restored.code).toBe(0);
    expect(JSON.parse(komar(target, 'user', 'list', '--json').stdout)).toEqual([
      expect.objectContaining({ email: 'lead@example.org', roles: ['manager'], officeCode: 'siem_reap' }),
    ]);
    const verify = komar(target, 'audit', 'verify');
    expect(verify.stderr).toMatch(/audit chain verifies/);
    expect(verify.code).toBe(0);

    // A second restore finds data there, and is refused.
    const again = komar(target, 'backup', 'restore', backupFile);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(
      /^komar: the target database is not empty \(.*\): restore into a new, empty database$/,
    );
  });

  it('answers a missing or foreign file in one line', () => {
    const missing = komar(source, 'backup', 'verify', path.join(dir, 'nothing.backup'));
    expect(missing.stderr.trim()).toBe(`komar: cannot read ${path.join(dir, 'nothing.backup')}: ENOENT`);
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, 'name\nx\n');
    expect(komar(source, 'backup', 'restore', csv).stderr.trim()).toBe(
      'komar: not a Komar backup file (its first bytes are not a Komar backup header)',
    );
  });
});
