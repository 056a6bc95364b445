import { describe, expect, it } from 'vitest';
import * as server from '../../../server/modules/indicators/indicator-codes.ts';
import { CHILD_FRIENDLY_MEASURES } from '../../../shared/court.ts';
import en from '../../i18n/en/indicators.json';
import km from '../../i18n/km/indicators.json';
import * as web from './indicator-types.ts';

type Tree = { [key: string]: string | Tree };
function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

describe('indicator code lists', () => {
  it('are the server’s, in the web copy', () => {
    expect(web.STANDARD_ANSWERS).toEqual(server.STANDARD_ANSWERS);
    expect(web.INDICATORS).toEqual(server.INDICATORS);
    expect(web.INCREASE_KINDS).toEqual(server.INCREASE_KINDS);
    expect([web.MIN_YEAR, web.MAX_YEAR, web.MAX_SPAN_YEARS]).toEqual([
      server.MIN_YEAR,
      server.MAX_YEAR,
      server.MAX_SPAN_YEARS,
    ]);
  });

  it('have a text for every code in English and Khmer (keys built from codes escape the literal-key scan)', () => {
    const keys = [
      ...CHILD_FRIENDLY_MEASURES.map((m) => `measure.${m}`),
      ...[...server.STANDARD_ANSWERS, 'none'].map((a) => `answer.${a}`),
      ...server.INCREASE_KINDS.map((k) => `target.${k}`),
      'standards.title',
      'childFriendly.title',
    ];
    const missing = keys.flatMap((k) => [
      ...(has(en as Tree, k) ? [] : [`en ${k}`]),
      ...(has(km as Tree, k) ? [] : [`km ${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
