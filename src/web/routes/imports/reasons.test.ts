import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { bool, code, country, date, integer, text } from '../../../server/modules/imports/cells.ts';
import { en, km, type Tree } from '../../i18n/resources.ts';
import { reasonKey, translateReason } from './reasons.ts';

/** A t() over the real texts, with i18next's {{placeholder}} filling. */
function tOf(tree: Tree): TFunction {
  return ((key: string, options: Record<string, string> = {}) => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return options.defaultValue ?? key;
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => options[name] ?? `{{${name}}}`);
  }) as unknown as TFunction;
}

const errorOf = (result: { value: unknown } | { error: string }) => ('error' in result ? result.error : '');

/** The server's own words: from its cell readers, and as csv-import.ts and the kinds write them. */
const SERVER_REASONS = [
  errorOf(text(100)('x'.repeat(101))),
  errorOf(date('2016-02-30')),
  errorOf(bool('maybe')),
  errorOf(integer(1900, 2100)('x')),
  errorOf(integer(1900, 2100)('1800')),
  errorOf(code(['male', 'female'])('m')),
  errorOf(country('Cambodia')),
  'unknown column',
  'appears twice',
  'required column is missing',
  'required',
  'has 3 cells, the header has 2',
  'a quoted cell is never closed',
  'a quote inside a quoted cell must be doubled ("")',
  'text follows the closing quote of a cell',
  'not valid CSV (CSV_RECORD_INCONSISTENT_FIELDS_LENGTH)',
  'the file is empty: it needs a header row',
  'the same ref as line 2',
  'before opened_on',
  'no investigation has this ref',
];

describe('reasons a row is wrong', () => {
  it('are all recognised', () => {
    expect(SERVER_REASONS.filter((r) => r === '' || reasonKey(r) === null)).toEqual([]);
  });

  it('are said in Khmer with the values kept, and in English', () => {
    expect(translateReason(tOf(km), 'the same ref as line 12')).toBe('ref ដូចគ្នានឹងជួរទី 12');
    expect(translateReason(tOf(km), errorOf(code(['male', 'female'])('m')))).toBe('ត្រូវតែជាមួយក្នុងចំណោម៖ male, female');
    expect(translateReason(tOf(en), 'has 3 cells, the header has 2')).toBe('has 3 cells, but the header row has 2');
    for (const reason of SERVER_REASONS) expect(translateReason(tOf(km), reason)).toMatch(/[\u1780-\u17FF]/);
  });

  it('are shown as the server wrote them when the page does not know them', () => {
    expect(translateReason(tOf(km), 'a reason added later')).toBe('a reason added later');
  });
});
