import { describe, expect, it } from 'vitest';
import { editDistance, stringSimilarity } from './match.ts';
import { nameKey } from './name-key.ts';
import {
  evaluate,
  FOREIGN,
  generatePairs,
  KHMER_FAMILY_NAMES,
  KHMER_GIVEN_NAMES,
  seededRandom,
  typo,
} from './synthetic-people.ts';

const year = (p: { birthYear?: number | null; birthDate?: string | null }) =>
  p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null);

describe('name lists', () => {
  const all = [...KHMER_FAMILY_NAMES, ...KHMER_GIVEN_NAMES];

  it('pair each Khmer name with spellings its key lands on or next to', () => {
    const exact = all.filter((n) => nameKey(n.khmer).join('') === nameKey(n.latin[0] ?? '').join(''));
    expect(all.length - exact.length).toBeLessThanOrEqual(1); // ធីតា Thida: tita/tida
    for (const name of all) {
      const key = nameKey(name.khmer).join('');
      expect(stringSimilarity(key, nameKey(name.latin[0] ?? '').join('')), name.khmer).toBeGreaterThanOrEqual(0.875);
      for (const spelling of name.latin)
        expect(stringSimilarity(key, nameKey(spelling).join('')), spelling).toBeGreaterThan(0.8);
    }
  });

  it('have no duplicates and enough names for look-alikes', () => {
    expect(new Set(KHMER_FAMILY_NAMES.map((n) => n.khmer)).size).toBe(KHMER_FAMILY_NAMES.length);
    expect(new Set(KHMER_GIVEN_NAMES.map((n) => n.khmer)).size).toBe(KHMER_GIVEN_NAMES.length);
    expect(KHMER_FAMILY_NAMES.length).toBeGreaterThanOrEqual(30);
    expect(KHMER_GIVEN_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(FOREIGN.map((c) => c.nationality)).toEqual(expect.arrayContaining(['US', 'FR', 'GB', 'AU', 'DE', 'VN']));
  });
});

describe('generatePairs', () => {
  const pairs = generatePairs(2000, 1);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePairs(50, 1)).toEqual(pairs.slice(0, 50));
    expect(generatePairs(50, 2)).not.toEqual(pairs.slice(0, 50));
    expect(seededRandom(5)()).toBe(seededRandom(5)());
  });

  it('is about half same person, with every kind of variation and look-alike', () => {
    const same = pairs.filter((p) => p.same).length;
    expect(same / pairs.length).toBeGreaterThan(0.45);
    expect(same / pairs.length).toBeLessThan(0.55);
    const variations = new Set(pairs.filter((p) => p.same).flatMap((p) => p.kind.split('+')));
    expect([...variations].sort()).toEqual(['alias', 'missing', 'script', 'spelling', 'swapped', 'typo', 'year']);
    const kinds = new Set(pairs.filter((p) => !p.same).map((p) => p.kind));
    expect(kinds.size).toBe(6);
  });

  it('gives every record a name, and foreigners Latin names only', () => {
    for (const { a, b } of pairs) {
      for (const r of [a, b]) {
        expect(r.khmerName || r.latinName).toBeTruthy();
        if (r.nationality && r.nationality !== 'KH') expect(r.khmerName).toBeNull();
      }
    }
  });

  it('records on both sides the fact that tells look-alikes apart', () => {
    for (const { a, b, kind } of pairs.filter((p) => !p.same)) {
      if (kind === 'namesake_age') expect(Math.abs((year(a) ?? 0) - (year(b) ?? 0))).toBeGreaterThanOrEqual(4);
      if (kind === 'siblings') expect(year(a)).not.toBe(year(b));
      if (kind === 'namesake_gender') expect(a.gender).not.toBe(b.gender);
      if (kind === 'namesake_nationality') expect(a.nationality).not.toBe(b.nationality);
    }
  });

  it('keeps a same-person birth year within one year', () => {
    for (const { a, b } of pairs.filter((p) => p.same)) {
      const [ya, yb] = [year(a), year(b)];
      if (ya !== null && yb !== null) expect(Math.abs(ya - yb)).toBeLessThanOrEqual(1);
    }
  });
});

describe('typo', () => {
  it('makes one slip at most and leaves the first letter alone', () => {
    const rng = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const t = typo(rng, 'Sok Chantha');
      expect(editDistance(t, 'Sok Chantha')).toBeLessThanOrEqual(1);
      expect(t[0]).toBe('S');
    }
  });
});

describe('evaluate', () => {
  it('counts the confusion matrix and derives precision, recall, F1', () => {
    const pairs = [true, true, false, false].map((same) => ({ a: {}, b: {}, same, kind: '' }));
    expect(evaluate(pairs, [0.9, 0.1, 0.9, 0.1], 0.5)).toEqual({
      threshold: 0.5,
      tp: 1,
      fp: 1,
      fn: 1,
      tn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(evaluate([], [], 0.5).f1).toBe(1);
  });
});
