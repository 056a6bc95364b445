import { useMutation } from '@tanstack/react-query';
import { apiUpload, queryString } from '../../api.ts';
import type { ImportKindName } from './kinds.ts';

/** The answer of `POST /api/imports/:kind` (`src/server/modules/imports/imports.routes.ts` is the source). */
export type ImportReport = {
  kind: string;
  rows: number;
  sha256: string;
  written: boolean;
  /** Every bad row counted; `errors` lists the first 1,000. */
  errorCount: number;
  errors: { line: number; column: string; reason: string }[];
  /** What was (or, in a dry run, would be) written; null when the file has errors. */
  counts: { created: number; updated: number; unchanged: number } | null;
};

/** The server refuses larger uploads (its UPLOAD_LIMIT; kinds.test.ts checks they agree). */
export const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

const CSV = 'text/csv; charset=utf-8';

export type ImportRequest = { kind: ImportKindName; file: File; dryRun: boolean };

/** A file whose name says CSV; the picker offers only these, but a drag or "all files" may bring others. */
export function looksLikeCsv(file: File): boolean {
  return /\.csv$/i.test(file.name);
}

/**
 * Checks (dryRun) or imports one CSV file. The same file goes twice: once to
 * check, once to write; the server reads it again each time, so what is
 * written is exactly what the second upload holds.
 */
export function useImportFile() {
  return useMutation({
    mutationFn: ({ kind, file, dryRun }: ImportRequest) =>
      apiUpload<ImportReport>(
        `/api/imports/${encodeURIComponent(kind)}${queryString({ dryRun: String(dryRun) })}`,
        file,
        CSV,
      ),
  });
}
