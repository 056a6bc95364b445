import { describe, expect, it } from 'vitest';
import { countryName } from '../../countries.ts';
import { actionInput, assessmentInput, initialAssessmentValues, NO_COUNTRY } from './form-values.ts';
import { formatDays, formatPercent, isIllegal } from './labels.ts';
import { isIsoDate, validateFiguresSearch, validateUrlsSearch } from './urls-search.ts';

describe('internet hotline search params', () => {
  it('keep a known tab and drop the rest (unassessed is the default, left out)', () => {
    expect(validateUrlsSearch({ status: 'assessed' })).toEqual({ status: 'assessed' });
    expect(validateUrlsSearch({ status: 'all' })).toEqual({ status: 'all' });
    expect(validateUrlsSearch({ status: 'unassessed' })).toEqual({});
    expect(validateUrlsSearch({ status: 'bogus', other: 1 })).toEqual({});
  });

  it('keep only real calendar dates for the figures', () => {
    expect(validateFiguresSearch({ from: '2025-01-31', to: '2025-02-28' })).toEqual({
      from: '2025-01-31',
      to: '2025-02-28',
    });
    expect(validateFiguresSearch({ from: '2025-02-30', to: 'yesterday' })).toEqual({});
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });
});

describe('internet hotline labels', () => {
  it('count both illegal verdicts as illegal, and nothing else', () => {
    expect(isIllegal('illegal_cambodia')).toBe(true);
    expect(isIllegal('interpol_baseline')).toBe(true);
    expect(isIllegal('not_illegal')).toBe(false);
    expect(isIllegal('cannot_assess')).toBe(false);
    expect(isIllegal(null)).toBe(false);
  });

  it('name countries in the reader’s language, falling back to the code', () => {
    expect(countryName('FR', 'en')).toBe('France');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
    // Khmer where Intl has it (Node's full ICU), English where it has not: never empty.
    expect(['បារាំង', 'France']).toContain(countryName('FR', 'km'));
    expect(countryName('QQ', 'en')).toBe('QQ');
  });

  it('format percentages and days to one decimal', () => {
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(33.3)).toBe('33.3 %');
    expect(formatDays(3)).toBe('3');
    expect(formatDays(2.5)).toBe('2.5');
    expect(formatDays(null)).toBe('—');
  });
});

describe('internet hotline forms', () => {
  const url = { assessment: null, suggestedCountry: 'FR' };

  it('prefill the suggested country for a new assessment only', () => {
    expect(initialAssessmentValues(url).hostingCountry).toBe('FR');
    expect(initialAssessmentValues({ suggestedCountry: null, assessment: null }).hostingCountry).toBe(NO_COUNTRY);
    const revised = initialAssessmentValues({
      suggestedCountry: 'FR',
      assessment: {
        verdict: 'not_illegal',
        contentType: null,
        ageGroup: null,
        severity: 2,
        hostingCountry: null,
        hostingProvider: 'Host Co',
        notes: null,
        assessedBy: 'u',
        assessedByName: 'U',
        assessedAt: '2025-01-01T00:00:00.000Z',
      },
    });
    expect(revised).toMatchObject({ verdict: 'not_illegal', severity: '2', hostingCountry: NO_COUNTRY });
  });

  it('send null for what was not recorded, and numbers as numbers', () => {
    expect(
      assessmentInput({
        ...initialAssessmentValues(url),
        verdict: 'illegal_cambodia',
        severity: '4',
        hostingProvider: '  ',
        notes: ' seen ',
      }),
    ).toEqual({
      verdict: 'illegal_cambodia',
      contentType: null,
      ageGroup: null,
      severity: 4,
      hostingCountry: 'FR',
      hostingProvider: null,
      notes: 'seen',
    });
  });

  it('send the partner for a forward and the recipient in words otherwise', () => {
    const base = { on: '2025-03-01', recipient: ' Unit 7 ', partnerId: 'p1' };
    expect(actionInput({ ...base, action: 'forwarded_to_hotline' })).toEqual({
      action: 'forwarded_to_hotline',
      on: '2025-03-01',
      partnerId: 'p1',
    });
    expect(actionInput({ ...base, action: 'reported_to_police' })).toEqual({
      action: 'reported_to_police',
      on: '2025-03-01',
      recipient: 'Unit 7',
    });
    expect(actionInput({ ...base, action: 'removed', recipient: '' })).toEqual({ action: 'removed', on: '2025-03-01' });
  });
});
