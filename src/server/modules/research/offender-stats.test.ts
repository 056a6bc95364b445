import { describe, expect, it } from 'vitest';
import { type OffenderGroup, offenderResearch, percent } from './offender-stats.ts';
import { publicResearch } from './public-research.ts';

/**
 * A synthetic set shaped like the organisation's published study (seed text:
 * 288 offenders, 118 Cambodian, males 81.3 %, all perpetrators male,
 * Americans 12.5 % of all and 17.1 % of perpetrators, …): the figures must
 * come out as published.
 */
const published: OffenderGroup[] = [
  { gender: 'male', nationality: 'KH', role: 'perpetrator', count: 70 },
  { gender: 'male', nationality: 'KH', role: 'accomplice', count: 8 },
  { gender: 'female', nationality: 'KH', role: 'accomplice', count: 40 },
  { gender: 'male', nationality: 'US', role: 'perpetrator', count: 36 },
  { gender: 'male', nationality: 'VN', role: 'perpetrator', count: 10 },
  { gender: 'male', nationality: 'VN', role: 'accomplice', count: 2 },
  { gender: 'female', nationality: 'VN', role: 'accomplice', count: 14 },
  { gender: 'male', nationality: 'FR', role: 'perpetrator', count: 25 },
  { gender: 'male', nationality: 'GB', role: 'perpetrator', count: 18 },
  { gender: 'male', nationality: 'AU', role: 'perpetrator', count: 51 },
  { gender: 'male', nationality: 'AU', role: 'accomplice', count: 14 },
];

describe('offender research figures', () => {
  it('percentages have one decimal, rounded half up on the exact fraction', () => {
    expect(percent(234, 288)).toBe(81.3); // 81.25: the study prints 81.3
    expect(percent(18, 288)).toBe(6.3); // 6.25: the study prints 6.3 for the British
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 7)).toBe(0);
    expect(percent(7, 7)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });

  it('reproduce the published study', () => {
    const r = offenderResearch(published);
    expect(r).toMatchObject({
      total: 288,
      nationalityCount: 6,
      gender: {
        counts: { male: 234, female: 54, other: 0, unknown: 0 },
        percent: { male: 81.3, female: 18.8, other: 0, unknown: 0 },
        test: { name: 'chi_square_goodness_of_fit', statistic: 112.5, df: 1 },
      },
      roles: { perpetrator: 210, accomplice: 78 },
      perpetratorGender: { male: 100, female: 0, other: 0, unknown: 0 },
    });
    expect(r.gender.test?.p).toBeLessThan(0.01);
    expect(r.nationality).toEqual([
      { code: 'KH', count: 118, percent: 41 },
      { code: 'AU', count: 65, percent: 22.6 },
      { code: 'US', count: 36, percent: 12.5 },
      { code: 'VN', count: 26, percent: 9 },
      { code: 'FR', count: 25, percent: 8.7 },
      { code: 'GB', count: 18, percent: 6.3 },
    ]);
    const row = (code: string) => r.roleByNationality.find((n) => n.code === code);
    expect(row('US')).toMatchObject({
      perpetrators: 36,
      accomplices: 0,
      perpetratorPercent: 17.1,
      accomplicePercent: 0,
      test: { name: 'chi_square_independence' },
    });
    expect(row('FR')).toMatchObject({ perpetratorPercent: 11.9, test: { name: 'chi_square_independence' } });
    // Expected British accomplices 18 × 78 / 288 = 4.875 < 5: Fisher's exact test.
    expect(row('GB')).toMatchObject({ perpetratorPercent: 8.6, test: { name: 'fisher_exact', statistic: null } });
    for (const code of ['US', 'FR', 'GB']) expect(row(code)?.test?.p).toBeLessThan(0.01);
    expect(r.roleByNationality.map((n) => n.code)).toEqual(r.nationality.map((n) => n.code));
  });

  it('sorts by count descending, then code; an unknown nationality last among equals', () => {
    const r = offenderResearch([
      { gender: 'male', nationality: 'US', role: 'perpetrator', count: 2 },
      { gender: 'male', nationality: null, role: 'perpetrator', count: 2 },
      { gender: 'male', nationality: 'AU', role: 'perpetrator', count: 2 },
      { gender: 'male', nationality: 'KH', role: 'accomplice', count: 3 },
    ]);
    expect(r.nationality.map((n) => n.code)).toEqual(['KH', 'AU', 'US', null]);
    expect(r.nationalityCount).toBe(3);
  });

  it('an empty database: zero counts, null percentages and null tests', () => {
    const r = offenderResearch([]);
    expect(r).toEqual({
      total: 0,
      nationalityCount: 0,
      gender: {
        counts: { male: 0, female: 0, other: 0, unknown: 0 },
        percent: { male: null, female: null, other: null, unknown: null },
        test: null,
      },
      nationality: [],
      roles: { perpetrator: 0, accomplice: 0 },
      perpetratorGender: { male: null, female: null, other: null, unknown: null },
      perpetratorGenderCounts: { male: 0, female: 0, other: 0, unknown: 0 },
      roleByNationality: [],
    });
  });

  it('--public hides every count below 5 and the percentages that would give it back; 5 is shown', () => {
    const r = publicResearch(
      offenderResearch([
        { gender: 'male', nationality: 'KH', role: 'perpetrator', count: 5 },
        { gender: 'female', nationality: 'KH', role: 'accomplice', count: 5 },
        { gender: 'male', nationality: 'US', role: 'perpetrator', count: 4 },
      ]),
    );
    expect(r.total).toBe(14);
    expect(r).not.toHaveProperty('suppressed');
    expect(r.gender.counts).toEqual({
      male: 9,
      female: 5,
      other: null,
      unknown: null,
      suppressed: true,
    });
    expect(r.gender.percent).toEqual({ male: 64.3, female: 35.7, other: null, unknown: null, suppressed: true });
    expect(r.nationality).toEqual([
      { code: 'KH', count: 10, percent: 71.4 },
      { code: 'US', count: null, percent: null, suppressed: true },
    ]);
    expect(r.roles).toEqual({ perpetrator: 9, accomplice: 5 });
    expect(r.roleByNationality[0]).toEqual(expect.not.objectContaining({ suppressed: true }));
    expect(r.roleByNationality[1]).toMatchObject({
      code: 'US',
      perpetrators: null,
      accomplices: null,
      perpetratorPercent: null,
      accomplicePercent: null,
      suppressed: true,
      test: { name: 'fisher_exact' },
    });
    const tiny = publicResearch(
      offenderResearch([{ gender: 'male', nationality: 'KH', role: 'perpetrator', count: 4 }]),
    );
    expect(tiny).toMatchObject({ total: null, suppressed: true });
  });
});
