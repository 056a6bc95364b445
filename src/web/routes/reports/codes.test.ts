import { describe, expect, it } from 'vitest';
import { REPORT_CATEGORIES } from '../../../shared/intake.ts';
import { CLOSE_REASONS, REPORT_CHANNELS, REPORT_STATUSES } from '../../../shared/reports.ts';
import en from '../../i18n/en.json';
import km from '../../i18n/km.json';

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

/** The report pages build these keys from codes (t(`reports.status.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...REPORT_CATEGORIES.map((c) => `reports.category.${c}`),
  ...REPORT_CHANNELS.map((c) => `reports.channel.${c}`),
  ...REPORT_STATUSES.map((s) => `reports.status.${s}`),
  ...CLOSE_REASONS.map((r) => `reports.closeReason.${r}`),
];

describe('intake code lists', () => {
  it('have a text for every code in English and Khmer', () => {
    const missing = KEYS.flatMap((k) => [
      ...(has(en as Tree, k) ? [] : [`en ${k}`]),
      ...(has(km as Tree, k) ? [] : [`km ${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
