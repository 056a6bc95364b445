import type { TFunction } from 'i18next';

/**
 * The server explains a bad row in English words (`src/server/modules/imports/`:
 * cells.ts, csv-import.ts and each kind's checks), the same words the command
 * line prints. The page says them in the reader's language; a reason it does
 * not know is shown as the server wrote it, so nothing is ever lost.
 * reasons.test.ts feeds it the server's own messages.
 */
type Rule = { pattern: RegExp; key: string; params?: (m: RegExpExecArray) => Record<string, string> };

const RULES: Rule[] = [
  { pattern: /^required$/, key: 'required' },
  { pattern: /^required column is missing$/, key: 'missingColumn' },
  { pattern: /^unknown column$/, key: 'unknownColumn' },
  { pattern: /^appears twice$/, key: 'twice' },
  {
    pattern: /^has (\d+) cells, the header has (\d+)$/,
    key: 'cellCount',
    params: (m) => ({ cells: m[1] ?? '', header: m[2] ?? '' }),
  },
  { pattern: /^a quoted cell is never closed$/, key: 'quoteNotClosed' },
  { pattern: /^a quote inside a quoted cell must be doubled/, key: 'quoteNotDoubled' },
  { pattern: /^text follows the closing quote of a cell$/, key: 'textAfterQuote' },
  { pattern: /^not valid CSV \((\w+)\)$/, key: 'notCsv', params: (m) => ({ code: m[1] ?? '' }) },
  { pattern: /^the file is empty/, key: 'empty' },
  {
    pattern: /^the same (\w+) as line (\d+)$/,
    key: 'repeated',
    params: (m) => ({ column: m[1] ?? '', line: m[2] ?? '' }),
  },
  { pattern: /^longer than (\d+) characters$/, key: 'tooLong', params: (m) => ({ max: m[1] ?? '' }) },
  { pattern: /^not a date\b/, key: 'notDate' },
  { pattern: /^not true\/false\/yes\/no\/1\/0$/, key: 'notYesNo' },
  { pattern: /^not a whole number$/, key: 'notNumber' },
  {
    pattern: /^not between (-?\d+) and (-?\d+)$/,
    key: 'notBetween',
    params: (m) => ({ min: m[1] ?? '', max: m[2] ?? '' }),
  },
  { pattern: /^not one of (.+)$/, key: 'notOneOf', params: (m) => ({ codes: m[1] ?? '' }) },
  { pattern: /^not an ISO 3166-1 alpha-2 country code$/, key: 'notCountry' },
  { pattern: /^before (\w+)$/, key: 'before', params: (m) => ({ column: m[1] ?? '' }) },
  { pattern: /^no investigation has this ref$/, key: 'unknownInvestigation' },
];

/** The reason a row is wrong, in the reader's language; the server's words when the page does not know them. */
export function translateReason(t: TFunction, reason: string): string {
  for (const rule of RULES) {
    const m = rule.pattern.exec(reason);
    if (m) return t(`imports.reason.${rule.key}`, { ...rule.params?.(m), defaultValue: reason });
  }
  return reason;
}

/** Every reason key, for the test that checks each has a text in both languages. */
export const REASON_KEYS = RULES.map((r) => r.key);

/** The reason's rule, or null: for tests. */
export function reasonKey(reason: string): string | null {
  return RULES.find((r) => r.pattern.test(reason))?.key ?? null;
}
