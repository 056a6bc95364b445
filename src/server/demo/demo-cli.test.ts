import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { komarInstallation } from '../testing/komar-installation.ts';

/** `komar demo seed` as a newcomer runs it: accounts printed once, a second run refused. */
const { dataDir, komar } = komarInstallation('demo', { timeoutMs: 240_000 });

describe('komar demo seed (command line)', { timeout: 300_000 }, () => {
  it('refuses an unknown scale before opening the database', () => {
    const r = komar('demo', 'seed', '--scale', 'huge');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--scale.*huge/);
    expect(fs.existsSync(path.join(dataDir, 'komar.key'))).toBe(false);
  });

  it('seeds an empty database, prints each demo account once, then refuses to seed again', () => {
    const first = komar('demo', 'seed', '--scale', 'small');
    expect(first.stderr).toContain('demo data written');
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n').filter((l) => /^ {2}demo\.\S+@example\.org {2,}\S{20}$/.test(l));
    expect(lines).toHaveLength(20);
    const second = komar('demo', 'seed', '--scale', 'small');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already holds records');
    expect(second.stdout).toBe('');
  });
});
