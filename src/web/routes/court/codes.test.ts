import { describe, expect, it } from 'vitest';
import {
  CHILD_FRIENDLY_MEASURES,
  COURT_STAGES,
  COURTS,
  HEARING_TYPES,
  VERDICTS,
  WITHDRAWAL_REASONS,
} from '../../../shared/court.ts';
import { en, km, type Tree } from '../../i18n/resources.ts';
import { formatMoney, monthRange } from './court-format.ts';

const court = (tree: Tree) => tree.court as Tree;
const lists: [string, readonly string[]][] = [
  ['stage', COURT_STAGES],
  ['hearingType', HEARING_TYPES],
  ['measure', CHILD_FRIENDLY_MEASURES],
  ['verdict', VERDICTS],
  ['reason', WITHDRAWAL_REASONS],
];

describe('court code lists', () => {
  it('name every code in English and Khmer', () => {
    for (const [group, codes] of lists) {
      for (const lang of [en, km]) {
        const names = court(lang)[group] as Record<string, string>;
        expect(Object.keys(names).sort(), group).toEqual([...codes].sort());
      }
    }
  });

  it('give every court a Khmer name', () => {
    for (const c of COURTS) expect(c.km, c.code).toMatch(/[\u1780-\u17FF]/);
    expect(new Set(COURTS.map((c) => c.code)).size).toBe(COURTS.length);
  });

  it('format amounts with grouped thousands', () => {
    expect(formatMoney('4000000.00', 'KHR')).toBe('4,000,000 KHR');
    expect(formatMoney('599.50', 'USD')).toBe('599.50 USD');
    expect(formatMoney('-2.00', 'USD')).toBe('−2 USD');
  });

  it('span whole months in the calendar', () => {
    expect(monthRange('2024-01-31', 1)).toEqual({ from: '2024-02-01', to: '2024-02-29', month: '2024-02' });
    expect(monthRange('2024-01-15', -1)).toEqual({ from: '2023-12-01', to: '2023-12-31', month: '2023-12' });
  });
});
