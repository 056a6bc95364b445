import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, CONTENT_TYPES, SEVERITIES, URL_ACTIONS, URL_VERDICTS } from '../../../shared/internet-hotline.ts';
import en from '../../i18n/en/urls.json';
import km from '../../i18n/km/urls.json';

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

/** The internet hotline's pages build these keys from codes (t(`urls.verdict.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...URL_VERDICTS.flatMap((v) => [`verdict.${v}`, `verdictHint.${v}`]),
  ...CONTENT_TYPES.map((c) => `contentType.${c}`),
  ...AGE_GROUPS.map((a) => `ageGroup.${a}`),
  ...SEVERITIES.map((s) => `severity.${s}`),
  ...URL_ACTIONS.map((a) => `action.${a}`),
  // The recipient field of every action but the forward (which names a partner instead).
  ...URL_ACTIONS.filter((a) => a !== 'forwarded_to_hotline').flatMap((a) => [`recipient.${a}`, `recipientHint.${a}`]),
];

describe('internet hotline code lists', () => {
  it('have a text for every code in English and Khmer', () => {
    const missing = KEYS.flatMap((k) => [
      ...(has(en as Tree, k) ? [] : [`en urls.${k}`]),
      ...(has(km as Tree, k) ? [] : [`km urls.${k}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('write the Khmer texts in Khmer', () => {
    const notKhmer = KEYS.filter((k) => has(km as Tree, k)).filter((k) => {
      let node: string | Tree = km as Tree;
      for (const part of k.split('.')) node = (node as Tree)[part] as string | Tree;
      return !/[\u1780-\u17FF]/.test(node as string);
    });
    expect(notKhmer).toEqual([]);
  });
});
