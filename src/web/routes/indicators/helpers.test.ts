import { describe, expect, it } from 'vitest';
import { changedAnswers, draftsOf } from './checklist-changes.ts';
import { formatPercent, formatProgress, yearOptions } from './indicator-format.ts';
import type { Checklist } from './indicator-types.ts';
import { moved } from './item-order.ts';

const checklist: Checklist = {
  courtCaseId: 'c',
  canEdit: true,
  items: [
    { id: 'a', labelEn: 'A', labelKm: 'ក', active: true, answer: 'yes', on: '2025-01-01' },
    { id: 'b', labelEn: 'B', labelKm: 'ខ', active: true, answer: null, on: null },
    { id: 'c', labelEn: 'C', labelKm: 'គ', active: true, answer: 'no', on: null },
  ],
  adherence: { yes: 1, no: 1, notApplicable: 0, unanswered: 1, percent: 50 },
};

describe('the checklist form', () => {
  it('sends only what changed; a cleared answer drops its date', () => {
    const drafts = draftsOf(checklist);
    expect(changedAnswers(checklist, drafts)).toEqual([]);
    drafts.a = { answer: null, on: '2025-01-01' };
    drafts.b = { answer: 'not_applicable', on: '' };
    drafts.c = { answer: 'no', on: '2024-12-31' };
    expect(changedAnswers(checklist, drafts)).toEqual([
      { itemId: 'a', answer: null },
      { itemId: 'b', answer: 'not_applicable', on: null },
      { itemId: 'c', answer: 'no', on: '2024-12-31' },
    ]);
  });
});

describe('indicator helpers', () => {
  it('format figures, with a dash where nothing was measured', () => {
    expect(formatPercent(66.7)).toBe('66.7 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatProgress(-33)).toBe('−33 %');
    expect(formatProgress(167)).toBe('+167 %');
    expect(formatProgress(0)).toBe('0 %');
  });

  it('move an item one place, not past either end', () => {
    const items = ['x', 'y', 'z'].map((id) => ({ id }));
    expect(moved(items, 1, -1)).toEqual(['y', 'x', 'z']);
    expect(moved(items, 2, 1)).toEqual(['x', 'y', 'z']);
  });

  it('offer years from next year back to 2000', () => {
    const years = yearOptions(2026);
    expect([years[0], years.at(-1), years.length]).toEqual(['2027', '2000', 28]);
  });
});
