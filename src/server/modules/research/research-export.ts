import type { Ctx } from '../../context.ts';
import type { Actor } from '../../platform/audit/audit.service.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { toCsv, toXlsx } from '../../platform/exports/tables-export.ts';
import { researchFor } from './offender-research.service.ts';
import type { PublicOffenderResearch } from './public-research.ts';
import type { ResearchFilters } from './research.schema.ts';
import { researchTables } from './research-tables.ts';

export type ResearchFormat = 'json' | 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<ResearchFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const fileName = (format: ResearchFormat, forPublic?: boolean) =>
  `offender-research${forPublic ? '-public' : ''}.${format}`;

/** The research in one of its formats: the contract's JSON, or its tables as CSV or XLSX. */
export async function renderResearch(format: ResearchFormat, r: PublicOffenderResearch): Promise<string | Buffer> {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (format === 'csv') return toCsv(researchTables(r));
  return toXlsx(researchTables(r));
}

/**
 * Computes the research for an export and records `research.export` (the
 * filters, the format and whether it was public: figures only, never data).
 */
export async function exportResearch(
  ctx: Pick<Ctx, 'db'>,
  actor: Actor,
  opts: { format: ResearchFormat; filters: ResearchFilters; public?: boolean; via?: string },
): Promise<PublicOffenderResearch> {
  const result = await researchFor(ctx, { ...opts.filters, public: opts.public });
  await recordAudit(ctx.db, actor, {
    action: 'research.export',
    recordType: 'research',
    detail: {
      format: opts.format,
      public: opts.public === true,
      filters: opts.filters,
      ...(opts.via ? { via: opts.via } : {}),
    },
  });
  return result;
}
