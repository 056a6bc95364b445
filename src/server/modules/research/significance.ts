import gammainc from '@stdlib/math-base-special-gammainc';
import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';

/**
 * The significance tests of the offender research (data-exchange contract).
 * Distributions come from stdlib (well tested); only the test statistics,
 * which are textbook formulas, are written here.
 */
export type TestResult =
  | { name: 'chi_square_goodness_of_fit' | 'chi_square_independence'; statistic: number; df: 1; p: number }
  | { name: 'fisher_exact'; statistic: null; df: 1; p: number };

/**
 * Upper tail of the chi-square distribution, P(X ≥ x): the regularized upper
 * incomplete gamma Q(k/2, x/2). Computed directly rather than as 1 − CDF, so
 * very small p-values keep their precision instead of rounding to 0.
 */
export function chiSquareUpperTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Goodness of fit of two counts against equal proportions (df 1); null when both are 0. */
export function twoCategoryGoodnessOfFit(a: number, b: number): TestResult | null {
  const n = a + b;
  if (n === 0) return null;
  const expected = n / 2;
  const statistic = ((a - expected) ** 2 + (b - expected) ** 2) / expected;
  return { name: 'chi_square_goodness_of_fit', statistic, df: 1, p: chiSquareUpperTail(statistic, 1) };
}

/** A 2×2 table [[a, b], [c, d]] (rows: this group / the others; columns: perpetrator / accomplice). */
export type Table2x2 = readonly [a: number, b: number, c: number, d: number];

function expectedCounts([a, b, c, d]: Table2x2): Table2x2 {
  const n = a + b + c + d;
  const [row1, row2, col1, col2] = [a + b, c + d, a + c, b + d];
  return [(row1 * col1) / n, (row1 * col2) / n, (row2 * col1) / n, (row2 * col2) / n];
}

/** Pearson's chi-square test of independence without continuity correction (R: chisq.test(correct = FALSE)). */
export function pearsonChiSquare2x2(table: Table2x2): TestResult {
  const expected = expectedCounts(table);
  let statistic = 0;
  table.forEach((observed, i) => {
    const e = expected[i] as number;
    statistic += (observed - e) ** 2 / e;
  });
  return { name: 'chi_square_independence', statistic, df: 1, p: chiSquareUpperTail(statistic, 1) };
}

/**
 * Fisher's exact test, two-sided, as R's fisher.test: the sum of the
 * probabilities of every table with the same margins that is no more likely
 * than the observed one (with R's relative tolerance of 1e-7 for ties).
 */
export function fisherExact2x2([a, b, c, d]: Table2x2): TestResult {
  const n = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const pmf = (x: number) => hypergeometricPmf(x, n, col1, row1);
  const observed = pmf(a);
  let p = 0;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
    const px = pmf(x);
    if (px <= observed * (1 + 1e-7)) p += px;
  }
  return { name: 'fisher_exact', statistic: null, df: 1, p: Math.min(1, p) };
}

/**
 * The contract's choice: Pearson's chi-square, unless an expected count is
 * below 5 (then Fisher's exact test). A table with a zero margin has an
 * expected count of 0, so it gets Fisher's test (p = 1, as in R). Null only
 * for an empty table.
 */
export function independenceTest(table: Table2x2): TestResult | null {
  const n = table[0] + table[1] + table[2] + table[3];
  if (n === 0) return null;
  return expectedCounts(table).some((e) => e < 5) ? fisherExact2x2(table) : pearsonChiSquare2x2(table);
}
