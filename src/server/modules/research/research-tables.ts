import { GENDERS } from '../../../shared/people.ts';
import type { ExportTable } from '../../platform/exports/tables-export.ts';
import type { PublicOffenderResearch } from './public-research.ts';
import type { TestResult } from './significance.ts';

/**
 * The research as the tables of its CSV and XLSX exports (docs/research.md):
 * the same figures as the JSON, one table per part. A suppressed figure is an
 * empty cell with `yes` in the table's `suppressed` column.
 */
export function researchTables(r: PublicOffenderResearch): ExportTable[] {
  const suppressed = (flag?: true) => (flag ? 'yes' : null);
  const testCells = (test: TestResult | null) => ({
    test: test?.name ?? null,
    statistic: test?.statistic ?? null,
    df: test?.df ?? null,
    p: test?.p ?? null,
  });
  const testColumns = [
    { key: 'test', header: 'test' },
    { key: 'statistic', header: 'statistic' },
    { key: 'df', header: 'df' },
    { key: 'p', header: 'p' },
  ];
  return [
    {
      name: 'summary',
      columns: [
        { key: 'total', header: 'total' },
        { key: 'nationalityCount', header: 'nationalityCount' },
        { key: 'perpetrators', header: 'perpetrators' },
        { key: 'accomplices', header: 'accomplices' },
        { key: 'suppressed', header: 'suppressed' },
      ],
      rows: [
        {
          total: r.total,
          nationalityCount: r.nationalityCount,
          perpetrators: r.roles.perpetrator,
          accomplices: r.roles.accomplice,
          suppressed: suppressed(r.suppressed ?? r.roles.suppressed),
        },
      ],
    },
    {
      name: 'gender',
      columns: [
        { key: 'gender', header: 'gender' },
        { key: 'count', header: 'count' },
        { key: 'percent', header: 'percent' },
        { key: 'perpetrators', header: 'perpetrators' },
        { key: 'perpetratorPercent', header: 'perpetratorPercent' },
        { key: 'suppressed', header: 'suppressed' },
      ],
      rows: GENDERS.map((g) => ({
        gender: g,
        count: r.gender.counts[g],
        percent: r.gender.percent[g],
        perpetrators: r.perpetratorGenderCounts[g],
        perpetratorPercent: r.perpetratorGender[g],
        suppressed: suppressed(r.gender.counts[g] === null || r.perpetratorGenderCounts[g] === null ? true : undefined),
      })),
    },
    {
      name: 'gender test',
      columns: [{ key: 'comparison', header: 'comparison' }, ...testColumns],
      rows: [{ comparison: 'male vs female, equal proportions', ...testCells(r.gender.test) }],
    },
    {
      name: 'nationality',
      columns: [
        { key: 'code', header: 'nationality' },
        { key: 'count', header: 'count' },
        { key: 'percent', header: 'percent' },
        { key: 'suppressed', header: 'suppressed' },
      ],
      rows: r.nationality.map((n) => ({ ...n, code: n.code ?? 'unknown', suppressed: suppressed(n.suppressed) })),
    },
    {
      name: 'role by nationality',
      columns: [
        { key: 'code', header: 'nationality' },
        { key: 'perpetrators', header: 'perpetrators' },
        { key: 'accomplices', header: 'accomplices' },
        { key: 'perpetratorPercent', header: 'perpetratorPercent' },
        { key: 'accomplicePercent', header: 'accomplicePercent' },
        ...testColumns,
        { key: 'suppressed', header: 'suppressed' },
      ],
      rows: r.roleByNationality.map((n) => ({
        code: n.code ?? 'unknown',
        perpetrators: n.perpetrators,
        accomplices: n.accomplices,
        perpetratorPercent: n.perpetratorPercent,
        accomplicePercent: n.accomplicePercent,
        ...testCells(n.test),
        suppressed: suppressed(n.suppressed),
      })),
    },
  ];
}
