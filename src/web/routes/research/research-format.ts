import type { ResearchFilter, ResearchTest } from './research-types.ts';

/** A p-value as researchers write it: three decimals, or "< 0.001". */
export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** A percentage from the API (already one decimal); null is "—". */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)} %`;
}

/** The test in one line: statistic (when the test has one), degrees of freedom, p. */
export function formatTest(test: ResearchTest): string {
  const statistic = test.statistic === null ? '' : `χ² = ${test.statistic.toFixed(2)}, df = ${test.df}, `;
  return `${statistic}p ${test.p < 0.001 ? '' : '= '}${formatP(test.p)}`;
}

/** The query string of the page's filters (the API rejects empty parameters, so they are left out). */
export function filterParams(f: ResearchFilter): Record<string, string | number | undefined> {
  return {
    period: f.from !== undefined || f.to !== undefined ? (f.period ?? 'arrest') : undefined,
    from: f.from,
    to: f.to,
    office: f.office,
    exploitationType: f.exploitationType,
    public: f.public ? 'true' : undefined,
  };
}
