import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchScore } from '../../../shared/names/match.ts';
import { generatePairs } from '../../../shared/names/synthetic-people.ts';
import { GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';
import en from '../../i18n/en/people.json';
import km from '../../i18n/km/people.json';
import { REASONS, ROLE_COLOURS } from './labels.ts';

type Tree = { [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** Every reason code written in the matcher's source (it keeps no list of them). */
function reasonCodesInMatcher(): string[] {
  const source = readFileSync(new URL('../../../shared/names/match.ts', import.meta.url), 'utf8');
  return [...new Set([...source.matchAll(/'((?:name|birth_year|gender|nationality)_[a-z_]+)'/g)].map((m) => m[1]))]
    .filter((code): code is string => !!code)
    .sort();
}

/** The pages build these keys from codes (t(`people.reason.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...Object.keys(REASONS).map((r) => `reason.${r}`),
  ...INVOLVEMENT_ROLES.map((r) => `role.${r}`),
  ...GENDERS.map((g) => `gender.${g}`),
  ...['for', 'against', 'note'].map((tone) => `tone.${tone}`),
];

describe('people code lists', () => {
  it('know every reason code of the name matcher', () => {
    const codes = reasonCodesInMatcher();
    expect(codes.length).toBeGreaterThan(10); // the scan found them at all
    expect(Object.keys(REASONS).sort()).toEqual(codes);
  });

  it('know every reason the matcher gives on the labelled set', () => {
    const given = new Set(generatePairs(500, 2026).flatMap((p) => matchScore(p.a, p.b).reasons));
    expect([...given].filter((code) => !(code in REASONS))).toEqual([]);
  });

  it('have a text for every code in English and Khmer', () => {
    const missing = KEYS.flatMap((k) => [
      ...(text(en as Tree, k) ? [] : [`en people.${k}`]),
      ...(text(km as Tree, k) ? [] : [`km people.${k}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('write the Khmer texts in Khmer', () => {
    const notKhmer = KEYS.filter((k) => !/[\u1780-\u17FF]/.test(text(km as Tree, k) ?? ''));
    expect(notKhmer).toEqual([]);
  });

  it('give every role a colour', () => {
    expect(Object.keys(ROLE_COLOURS).sort()).toEqual([...INVOLVEMENT_ROLES].sort());
  });
});
