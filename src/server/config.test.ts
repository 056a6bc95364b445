import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has defaults for a first run', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, secureCookies: false, logLevel: 'info' });
    expect(c.keyFile).toBe(`${c.dataDir}/komar.key`);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', KOMAR_KEY_FILE: '' }).databaseUrl).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      new ConfigError('DATABASE_URL: must be a postgres:// URL'),
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
  });
});
