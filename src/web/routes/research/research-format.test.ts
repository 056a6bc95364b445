import { describe, expect, it } from 'vitest';
import en from '../../i18n/en/research.json';
import km from '../../i18n/km/research.json';
import { filterParams, formatP, formatPercent, formatTest } from './research-format.ts';

describe('research formatting', () => {
  it('writes p-values, percentages and tests as researchers read them', () => {
    expect(formatP(0.48571)).toBe('0.486');
    expect(formatP(0.0009)).toBe('< 0.001');
    expect(formatPercent(12.5)).toBe('12.5 %');
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatTest({ name: 'chi_square_independence', statistic: 15.2816, df: 1, p: 0.0000926 })).toBe(
      'χ² = 15.28, df = 1, p < 0.001',
    );
    expect(formatTest({ name: 'fisher_exact', statistic: null, df: 1, p: 0.4857 })).toBe('p = 0.486');
  });

  it('sends only the filters chosen, the period only with a year', () => {
    expect(filterParams({})).toEqual({});
    expect(filterParams({ from: 2020, office: 'siem_reap', public: true })).toEqual({
      period: 'arrest',
      from: 2020,
      office: 'siem_reap',
      public: 'true',
    });
    expect(filterParams({ period: 'opened' }).period).toBeUndefined();
  });

  it('has the same keys in English and Khmer', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(km).sort()).toEqual(keys(en).sort());
  });
});
