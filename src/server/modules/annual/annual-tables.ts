import { type ExportTable, toCsv, toXlsx } from '../../platform/exports/tables-export.ts';
import type { AnnualFigures } from './annual.schema.ts';
import { FIGURE_ROWS, figureLabel, programmeLabel, titleOfYear } from './annual-rows.ts';

/**
 * The report as one table (CSV and XLSX, through the shared export helper):
 * a row per figure with its programme, its place in the JSON (`key`), its
 * labels in English and Khmer, and the value for the year; the previous
 * year's column is added when it is given (the page's download).
 */
export function annualTable(current: AnnualFigures, previous?: AnnualFigures): ExportTable {
  const y = String(current.year);
  const py = previous ? String(previous.year) : undefined;
  return {
    name: titleOfYear('en', current.year),
    columns: [
      { key: 'programme', header: 'programme' },
      { key: 'key', header: 'key' },
      { key: 'en', header: 'figure' },
      { key: 'km', header: 'figure_km' },
      { key: y, header: y },
      ...(py ? [{ key: py, header: py }] : []),
    ],
    rows: FIGURE_ROWS.map((r) => ({
      programme: programmeLabel('en', r.programme),
      key: r.path,
      en: figureLabel('en', r.figure),
      km: figureLabel('km', r.figure),
      [y]: r.value(current),
      ...(previous && py ? { [py]: r.value(previous) } : {}),
    })),
  };
}

export const annualCsv = (current: AnnualFigures, previous?: AnnualFigures) => toCsv([annualTable(current, previous)]);
export const annualXlsx = (current: AnnualFigures, previous?: AnnualFigures) =>
  toXlsx([annualTable(current, previous)]);
