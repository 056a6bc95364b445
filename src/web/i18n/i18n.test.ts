import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.ts';
import { en, km, type Tree } from './resources.ts';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Literal keys in `t('a.b')` / `t("a.b", …)`; template-literal keys (code lists) are checked separately. */
function literalKeysUsed(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(WEB_DIR)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g))
      used.set(match[2] as string, path.relative(WEB_DIR, file));
  }
  return used;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const enKeys = flatten(en);
const kmKeys = flatten(km);

describe('translations', () => {
  it('have the same keys in English and Khmer', () => {
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

  it('define every key the sources use in t()', () => {
    const used = literalKeysUsed();
    expect(used.size).toBeGreaterThan(50); // the scanner found the calls at all
    const missing = [...used]
      .filter(([key]) => !enKeys.has(key) || !kmKeys.has(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('name every role (the pages build these keys from role codes)', () => {
    const missing = ROLES.map((r) => `roles.${r}`).filter((k) => !enKeys.has(k) || !kmKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('write the Khmer file in Khmer', () => {
    // Guards against pasting English into km.json: most texts must contain Khmer script.
    const khmerTexts = [...kmKeys.values()].filter((s) => /[\u1780-\u17FF]/.test(s));
    expect(khmerTexts.length / kmKeys.size).toBeGreaterThan(0.9);
  });
});
