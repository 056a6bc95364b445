import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT } from '../../../server/modules/imports/imports.routes.ts';
import { IMPORT_KINDS } from '../../../server/modules/imports/kinds.ts';
import enImports from '../../i18n/en/imports.json';
import kmImports from '../../i18n/km/imports.json';
import { UPLOAD_LIMIT_BYTES } from './imports-api.ts';
import { ALL_COLUMN_NAMES, type CellFormat, IMPORT_KIND_COLUMNS, IMPORT_KIND_NAMES } from './kinds.ts';
import { REASON_KEYS } from './reasons.ts';

type Tree = { [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe('the import page’s description of the kinds', () => {
  it('names exactly the kinds the server imports', () => {
    expect([...IMPORT_KIND_NAMES].sort()).toEqual(Object.keys(IMPORT_KINDS).sort());
  });

  it.each(IMPORT_KIND_NAMES)('names exactly the columns of %s the server accepts, and which are required', (kind) => {
    const server = Object.entries(IMPORT_KINDS[kind]?.columns ?? {})
      .map(([name, column]) => ({ name, required: column.required }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const page = IMPORT_KIND_COLUMNS[kind]
      .map(({ name, required }) => ({ name, required }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(page).toEqual(server);
  });

  it('lists codes and formats the server’s cell readers accept', () => {
    const samples: Record<Exclude<CellFormat, 'text' | 'code'>, [string, string]> = {
      date: ['2016-03-31', '31/03/2016'],
      yesNo: ['yes', 'maybe'],
      year: ['1987', '87.5'],
      count: ['35', '-1'],
      country: ['KH', 'Cambodia'],
    };
    for (const kind of IMPORT_KIND_NAMES) {
      for (const column of IMPORT_KIND_COLUMNS[kind]) {
        const read = IMPORT_KINDS[kind]?.columns[column.name]?.read;
        if (!read) throw new Error(`${kind}.${column.name}`);
        for (const code of column.codes ?? [])
          expect(read(code), `${kind}.${column.name}: ${code}`).toHaveProperty('value');
        if (column.format === 'code') expect(read('no-such-code'), `${kind}.${column.name}`).toHaveProperty('error');
        if (column.format !== 'text' && column.format !== 'code') {
          const [good, bad] = samples[column.format];
          expect(read(good), `${kind}.${column.name}: ${good}`).toHaveProperty('value');
          expect(read(bad), `${kind}.${column.name}: ${bad}`).toHaveProperty('error');
        }
      }
    }
  });

  it('knows the server’s upload limit', () => {
    expect(UPLOAD_LIMIT_BYTES).toBe(UPLOAD_LIMIT);
  });
});

/** Keys the page builds from codes (t(`imports.column.${name}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...IMPORT_KIND_NAMES.flatMap((k) => [`kind.${k}.label`, `kind.${k}.description`]),
  ...ALL_COLUMN_NAMES.map((c) => `column.${c}`),
  ...(['date', 'yesNo', 'year', 'count', 'country', 'code'] as const).map((f) => `format.${f}`),
  ...REASON_KEYS.map((r) => `reason.${r}`),
];

describe('import texts built from codes', () => {
  it('exist in English and Khmer, the Khmer in Khmer script', () => {
    const missing = KEYS.flatMap((k) => [
      ...(text(enImports as Tree, k) ? [] : [`en imports.${k}`]),
      ...(/[\u1780-\u17FF]/.test(text(kmImports as Tree, k) ?? '') ? [] : [`km imports.${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
