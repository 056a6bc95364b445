import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * The checks both front ends (the staff app and the public site) make of
 * their Khmer and English texts. Each test file calls `translationChecks`
 * and adds the checks only it needs (keys built from code lists).
 */
export type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the keys as `t()` names them. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
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
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Keys the sources use: literal `t('a.b')` calls, plus any quoted string that
 * starts with a top-level key (`'errors.x'` handed around before `t()`, or
 * both keys of `t(done ? 'a.b' : 'a.c')`). Keys built from code lists in
 * template literals are each test file's own check.
 */
export function keysUsed(dir: string, topLevelKeys: string[]): Map<string, string> {
  const used = new Map<string, string>();
  const keyLiteral = new RegExp(`(['"])((?:${topLevelKeys.join('|')})\\.[A-Za-z][\\w.]*)\\1`, 'g');
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) used.set(m[2] as string, path.relative(dir, file));
    for (const m of text.matchAll(keyLiteral)) used.set(m[2] as string, path.relative(dir, file));
  }
  return used;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Registers the common checks (call inside a `describe`). */
export function translationChecks(options: {
  en: Tree;
  km: Tree;
  /** The sources whose `t()` calls must all have a text. */
  sourceDir: string;
  /** The scanner must find at least this many keys: proof that it found the calls at all. */
  minKeysUsed: number;
}) {
  const enKeys = flatten(options.en);
  const kmKeys = flatten(options.km);

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

  it('define every key the sources use', () => {
    const used = keysUsed(options.sourceDir, Object.keys(options.en));
    expect(used.size).toBeGreaterThan(options.minKeysUsed);
    const missing = [...used]
      .filter(([key]) => !enKeys.has(key) || !kmKeys.has(key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('write the Khmer texts in Khmer', () => {
    // Guards against pasting English into the Khmer file: nearly every text must contain Khmer script.
    const khmerTexts = [...kmKeys.values()].filter((s) => /[\u1780-\u17FF]/.test(s));
    expect(khmerTexts.length / kmKeys.size).toBeGreaterThan(0.9);
  });

  return { enKeys, kmKeys };
}
