import { describe, expect, it } from 'vitest';
import { AUDIENCES, EVENT_TYPES, PROGRAMMES } from '../../../shared/events.ts';
import en from '../../i18n/en/events.json';
import km from '../../i18n/km/events.json';
import { SERVER_MESSAGES } from './event-form.ts';

type Tree = { [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** The pages build these keys from codes (t(`events.type.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...EVENT_TYPES.map((c) => `type.${c}`),
  ...PROGRAMMES.map((c) => `programme.${c}`),
  ...AUDIENCES.map((c) => `audience.${c}`),
  ...['future', 'count', 'moreThanTotal', 'score'].map((e) => `form.error.${e}`),
  ...Object.values(SERVER_MESSAGES).map((k) => k.replace(/^events\./, '')),
];

describe('event code lists', () => {
  it('have a text for every code in English and Khmer, the Khmer in Khmer script', () => {
    const missing = KEYS.flatMap((k) => [
      ...(text(en as Tree, k) ? [] : [`en events.${k}`]),
      ...(/[\u1780-\u17FF]/.test(text(km as Tree, k) ?? '') ? [] : [`km events.${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
