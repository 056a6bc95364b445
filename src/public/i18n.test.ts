import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translationChecks } from '../shared/testing/translation-checks.ts';
import en from './i18n/en.json';
import km from './i18n/km.json';
import { CATEGORIES } from './validate.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));

describe('public site translations', () => {
  const { enKeys, kmKeys } = translationChecks({ en, km, sourceDir: DIR, minKeysUsed: 80 });

  it('name and explain every category (one list with the server: src/shared/report-codes.ts)', () => {
    const built = CATEGORIES.flatMap((c) => [`categories.${c}`, `categories.${c}_hint`]);
    // Keys the pages build from codes: `emergency.${who}` in ui.ts.
    built.push('emergency.police', 'emergency.hotline');
    expect(built.filter((k) => !enKeys.has(k) || !kmKeys.has(k))).toEqual([]);
  });
});
