import type { Ctx } from '../../context.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { AnnualFigures } from './annual.schema.ts';
import { annualFigures, annualReport } from './annual-figures.ts';
import { annualCsv, annualXlsx } from './annual-tables.ts';

export const FILE_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export const fileName = (year: number, format: FileFormat | 'json') => `annual-report-${year}.${format}`;

/** Renders figures into a file; the PDF writer (HarfBuzz, fonts) is loaded only when asked for. */
export async function renderAnnual(
  format: FileFormat,
  current: AnnualFigures,
  previous?: AnnualFigures,
): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(annualCsv(current, previous), 'utf8');
  if (format === 'xlsx') return annualXlsx(current, previous);
  const { annualPdf } = await import('./pdf/annual-pdf.ts');
  return Buffer.from(await annualPdf(current, previous));
}

/**
 * The figures of year Y (and Y−1 when `withPrevious`), read and audited as
 * `annual.export` in one transaction: a download leaves a trace of who took
 * which year in which format (aggregates only, nothing personal).
 */
export async function exportAnnual(
  ctx: Pick<Ctx, 'db'>,
  actor: Actor,
  input: { year: number; format: FileFormat | 'json'; withPrevious: boolean },
): Promise<{ current: AnnualFigures; previous?: AnnualFigures }> {
  return ctx.db.transaction(async (tx) => {
    const figures = input.withPrevious
      ? await annualReport(tx, input.year)
      : { current: await annualFigures(tx, input.year) };
    await recordAudit(tx, actor, {
      action: 'annual.export',
      detail: { year: input.year, format: input.format },
    });
    return figures;
  });
}
