import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import km from './i18n/km.json';
import { CATEGORIES } from './validate.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));

type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the keys as `t()` names them. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const enKeys = flatten(en as Tree);
const kmKeys = flatten(km as Tree);
const namespaces = Object.keys(en).join('|');

/**
 * Keys the sources use: literal `t('a.b')` calls, plus key strings handed
 * around before translation (validate.ts returns 'errors.x').
 */
function keysUsed(): Map<string, string> {
  const used = new Map<string, string>();
  const keyLiteral = new RegExp(`(['"])((?:${namespaces})\\.\\w+)\\1`, 'g');
  for (const file of sources(DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) used.set(m[2] as string, path.relative(DIR, file));
    for (const m of text.matchAll(keyLiteral)) used.set(m[2] as string, path.relative(DIR, file));
  }
  return used;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('public site translations', () => {
  it('have the same keys in Khmer and English', () => {
    const onlyEn = [...enKeys.keys()].filter((k) => !kmKeys.has(k));
    const onlyKm = [...kmKeys.keys()].filter((k) => !enKeys.has(k));
    expect({ onlyEn, onlyKm }).toEqual({ onlyEn: [], onlyKm: [] });
  });

  it('have no empty texts, and the same {{placeholders}} in both languages', () => {
    for (const [key, text] of enKeys) {
      const khmer = kmKeys.get(key) ?? '';
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(khmer.trim(), `km ${key}`).not.toBe('');
      expect(placeholders(khmer), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('define every key the sources use', () => {
    const used = keysUsed();
    expect(used.size).toBeGreaterThan(80); // the scanner found the calls at all
    const missing = [...used]
      .filter(([key]) => !enKeys.has(key) || !kmKeys.has(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('name and explain every category (one list with the server: src/shared/report-codes.ts)', () => {
    const built = CATEGORIES.flatMap((c) => [`categories.${c}`, `categories.${c}_hint`]);
    // Keys the pages build from codes: `emergency.${who}` in ui.ts.
    built.push('emergency.police', 'emergency.hotline');
    expect(built.filter((k) => !enKeys.has(k) || !kmKeys.has(k))).toEqual([]);
  });

  it('write the Khmer file in Khmer', () => {
    const khmer = [...kmKeys.values()].filter((s) => /[\u1780-\u17FF]/.test(s));
    expect(khmer.length).toBe(kmKeys.size);
  });
});
