import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  fisherExact2x2,
  independenceTest,
  pearsonChiSquare2x2,
  twoCategoryGoodnessOfFit,
} from './significance.ts';

describe('significance tests against published and independently computed values', () => {
  it('chi-square upper tail matches the textbook critical values (df 1)', () => {
    // Critical values of χ²(1) at 0.05, 0.01, 0.001: any statistics table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4).
    expect(chiSquareUpperTail(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareUpperTail(6.634897, 1)).toBeCloseTo(0.01, 6);
    expect(chiSquareUpperTail(10.827566, 1)).toBeCloseTo(0.001, 7);
    expect(chiSquareUpperTail(0, 1)).toBe(1);
  });

  it("Fisher's exact test, two-sided, on the classic tables", () => {
    // Fisher's lady tasting tea, 3/1/1/3: p = 0.4857 (Fisher 1935; R fisher.test; Agresti, Categorical Data Analysis, §3.5).
    expect(fisherExact2x2([3, 1, 1, 3]).p).toBeCloseTo(0.485714, 6);
    // Wikipedia "Fisher's exact test" example (men/women × dieting, 1/9/11/3): p = 0.002759 (also scipy.stats.fisher_exact).
    expect(fisherExact2x2([1, 9, 11, 3]).p).toBeCloseTo(0.0027594562, 9);
    // Computed independently with scipy.stats.fisher_exact([[18, 0], [192, 78]]).
    expect(fisherExact2x2([18, 0, 192, 78])).toEqual({
      name: 'fisher_exact',
      statistic: null,
      df: 1,
      p: expect.closeTo(0.004581563939627405, 12),
    });
  });

  it("Pearson's chi-square without continuity correction", () => {
    // By hand: expected 15 in every cell, χ² = 4 × 25/15 = 6.667; p from scipy.stats.chi2_contingency(correction=False).
    const t = pearsonChiSquare2x2([10, 20, 20, 10]);
    expect(t.statistic).toBeCloseTo(6.666667, 6);
    expect(t.p).toBeCloseTo(0.009823274507519235, 12);
    // scipy.stats.chi2_contingency([[36, 0], [174, 78]], correction=False): 15.2816, p = 9.2613e-05.
    const us = pearsonChiSquare2x2([36, 0, 174, 78]);
    expect(us.statistic).toBeCloseTo(15.281632653061225, 9);
    expect(us.p / 9.261266874350464e-5).toBeCloseTo(1, 6);
  });

  it('switches to Fisher when an expected count is below 5, and is null only for an empty table', () => {
    // Expected accomplices of this group: 25 × 78 / 288 = 6.77 → chi-square.
    expect(independenceTest([25, 0, 185, 78])?.name).toBe('chi_square_independence');
    // 18 × 78 / 288 = 4.875 → Fisher.
    expect(independenceTest([18, 0, 192, 78])?.name).toBe('fisher_exact');
    // A zero margin (no accomplices at all): expected 0 → Fisher, p = 1 as in R.
    expect(independenceTest([10, 0, 20, 0])).toMatchObject({ name: 'fisher_exact', p: 1 });
    expect(independenceTest([0, 0, 0, 0])).toBeNull();
  });

  it('goodness of fit of two counts against equal proportions', () => {
    // scipy.stats.chisquare([234, 54]): 112.5, p = 2.7766e-26 (kept precise: not computed as 1 − CDF).
    const t = twoCategoryGoodnessOfFit(234, 54);
    expect(t).toMatchObject({ name: 'chi_square_goodness_of_fit', statistic: 112.5, df: 1 });
    expect((t?.p ?? 0) / 2.776649386030564e-26).toBeCloseTo(1, 6);
    expect(twoCategoryGoodnessOfFit(0, 0)).toBeNull();
    expect(twoCategoryGoodnessOfFit(5, 5)).toMatchObject({ statistic: 0, p: 1 });
  });
});
