import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOMAR_BIN } from '../server/reliability/komar-process.ts';
import { komarInstallation } from '../server/testing/komar-installation.ts';
import { testEngine } from '../server/testing/test-db.ts';

const { dataDir, env, komar } = komarInstallation('cli');

// Each test starts several `komar` processes, each opening the database: slow on a busy machine.
describe('komar CLI', { timeout: 120_000 }, () => {
  it('migrates, then creates and lists users', () => {
    const migrate = komar('migrate');
    expect(migrate.stderr).toContain('database is up to date');
    expect(migrate.code).toBe(0);
    const created = komar(
      'user',
      'create',
      '--email',
      'Lead@Example.org',
      '--name',
      'Lead Investigator',
      '--roles',
      'investigator,manager',
      '--office',
      'siem_reap',
    );
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const list = komar('user', 'list', '--json');
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        email: 'lead@example.org',
        roles: ['investigator', 'manager'],
        officeCode: 'siem_reap',
      }),
    ]);
  });

  it('fails with one line, no stack trace, and changes nothing on bad input', () => {
    const badRole = komar(
      'user',
      'create',
      '--email',
      'x@example.org',
      '--name',
      'X',
      '--roles',
      'wizard',
      '--office',
      'siem_reap',
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr.trim()).toBe('komar: roles.0: not a known role');
    const badOffice = komar(
      'user',
      'create',
      '--email',
      'x@example.org',
      '--name',
      'X',
      '--roles',
      'hotline',
      '--office',
      'paris',
    );
    expect(badOffice.stderr.trim()).toBe('komar: officeCode: no such office');
    const dup = komar(
      'user',
      'create',
      '--email',
      'lead@example.org',
      '--name',
      'X',
      '--roles',
      'hotline',
      '--office',
      'siem_reap',
    );
    expect(dup.stderr.trim()).toBe('komar: email: already in use');
    const unknown = komar('user', 'deactivate', 'nobody@example.org');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('komar: no user with the email nobody@example.org');
    expect(JSON.parse(komar('user', 'list', '--json').stdout)).toHaveLength(1);
  });

  it('deactivates, resets a second factor, verifies the audit chain and rotates keys', () => {
    expect(komar('user', 'reset-2fa', 'lead@example.org').code).toBe(0);
    expect(komar('user', 'deactivate', 'lead@example.org').code).toBe(0);
    expect(JSON.parse(komar('user', 'list', '--json').stdout)[0].active).toBe(false);
    const rotate = komar('keys', 'rotate');
    expect(rotate.code).toBe(0);
    expect(rotate.stderr).toMatch(/key version 2 is now current/);
    const verify = komar('audit', 'verify');
    expect(verify.stderr).toMatch(/audit chain verifies: \d+ entries checked/);
    expect(verify.code).toBe(0);
  });

  it('imports a CSV all or nothing: bad rows on stderr with line numbers, a summary on stdout', () => {
    const file = (name: string, text: string) => {
      const at = path.join(dataDir, name);
      fs.writeFileSync(at, text);
      return at;
    };
    const good = file('investigations.csv', 'ref,opened_on,office\nC-1,2015-02-03,siem_reap\nC-2,2015-04-05,\n');
    const dry = komar('import', 'investigations', good, '--dry-run');
    expect([dry.code, dry.stdout]).toEqual([
      0,
      'investigations: 2 rows: 2 new, 0 updated, 0 unchanged (dry run: nothing was written)\n',
    ]);
    const done = komar('import', 'investigations', good);
    expect([done.code, done.stdout]).toEqual([0, 'investigations: 2 rows: 2 new, 0 updated, 0 unchanged\n']);
    expect(komar('import', 'investigations', good).stdout).toBe(
      'investigations: 2 rows: 0 new, 0 updated, 2 unchanged\n',
    );

    const bad = file(
      'offenders.csv',
      'ref,investigation_ref,gender,nationality,role\nD-1,C-1,male,XX,perpetrator\nD-2,C-9,male,KH,perpetrator\n',
    );
    const refused = komar('import', 'offenders', bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual([
      'line 2: nationality: not an ISO 3166-1 alpha-2 country code',
      'line 3: investigation_ref: no investigation has this ref',
      `komar: 2 bad rows in ${bad}; nothing was written`,
    ]);
    expect(komar('import', 'suspects', good).stderr.trim()).toBe(
      'komar: unknown import kind "suspects": use one of investigations, offenders, victims, client_services, events',
    );
  });

  it('has --help on every command', () => {
    for (const cmd of [
      [],
      ['serve'],
      ['migrate'],
      ['user'],
      ['user', 'create'],
      ['user', 'list'],
      ['user', 'deactivate'],
      ['user', 'reset-2fa'],
      ['audit', 'verify'],
      ['keys', 'rotate'],
      ['import'],
    ]) {
      const r = komar(...cmd, '--help');
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: komar');
    }
    const wrong = komar('frobnicate');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe("komar: unknown command 'frobnicate' (see --help)");
  });

  it.skipIf(testEngine === 'postgres')('refuses a second process on the same embedded database', async () => {
    const server = spawn(process.execPath, [KOMAR_BIN, 'serve'], {
      env: { ...env, PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let err = '';
        server.stderr.on('data', (d) => {
          err += d;
          if (err.includes('Komar is running')) resolve();
        });
        server.on('exit', () => reject(new Error(err)));
      });
      const second = komar('migrate');
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toMatch(/^komar: the embedded database in .* is in use by another Komar process/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
    }
    expect(server.exitCode).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'komar.lock'))).toBe(false);
  });
});
