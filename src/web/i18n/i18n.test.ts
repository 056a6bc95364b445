import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.ts';
import { translationChecks } from '../../shared/testing/translation-checks.ts';
import { en, km } from './resources.ts';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('translations', () => {
  const { enKeys, kmKeys } = translationChecks({ en, km, sourceDir: WEB_DIR, minKeysUsed: 50 });

  it('name every role (the pages build these keys from role codes)', () => {
    const missing = ROLES.map((r) => `roles.${r}`).filter((k) => !enKeys.has(k) || !kmKeys.has(k));
    expect(missing).toEqual([]);
  });
});
