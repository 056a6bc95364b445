import { describe, expect, it } from 'vitest';
import {
  CALL_ACTIONS,
  CALL_LANGUAGES,
  CALL_REASON_GROUPS,
  CALL_REASONS,
  CALL_URGENCIES,
  CALLER_TYPES,
} from '../../../shared/calls.ts';
import { en, km, type Tree } from '../../i18n/resources.ts';
import { MANUAL_CHANNELS } from './call-form.ts';

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
}

/** The call screens build these keys from codes (t(`calls.reason.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...CALL_REASONS.map((c) => `calls.reason.${c}`),
  ...Object.keys(CALL_REASON_GROUPS).map((g) => `calls.reasonGroup.${g}`),
  ...CALLER_TYPES.map((c) => `calls.callerType.${c}`),
  ...CALL_URGENCIES.map((c) => `calls.urgency.${c}`),
  ...CALL_ACTIONS.map((c) => `calls.action.${c}`),
  ...CALL_LANGUAGES.map((c) => `calls.language.${c}`),
  ...MANUAL_CHANNELS.map((c) => `reports.channel.${c}`),
  ...['hours', 'minutes', 'seconds'].map((k) => `calls.duration.${k}`),
];

describe('call code lists', () => {
  it('have a text for every code in English and Khmer', () => {
    const missing = KEYS.flatMap((k) => [...(has(en, k) ? [] : [`en ${k}`]), ...(has(km, k) ? [] : [`km ${k}`])]);
    expect(missing).toEqual([]);
  });

  it('offer only the channels the server takes for reports entered by hand', async () => {
    const { manualReportBody } = await import('../../../server/modules/intake/calls.schema.ts');
    expect(manualReportBody.shape.channel.options).toEqual([...MANUAL_CHANNELS]);
  });
});
