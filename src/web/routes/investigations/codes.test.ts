import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_KINDS,
  EXPLOITATION_TYPES,
  INVESTIGATION_STATUSES,
  LIAISON_KINDS,
} from '../../../shared/investigations.ts';
import { GENDERS, INVOLVEMENT_ROLES, MODUS_OPERANDI } from '../../../shared/people.ts';
import en from '../../i18n/en/investigations.json';
import km from '../../i18n/km/investigations.json';
import { INVESTIGATION_TABS } from './investigation-tabs.ts';
import { ROLE_COLOURS, STATUS_COLOURS } from './labels.ts';

type Tree = { [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** The pages build these keys from codes (t(`investigations.status.${code}`)), which the literal-key scan cannot see. */
const KEYS = [
  ...INVESTIGATION_STATUSES.map((s) => `status.${s}`),
  ...EXPLOITATION_TYPES.map((c) => `type.${c}`),
  ...INVOLVEMENT_ROLES.map((r) => `role.${r}`),
  ...GENDERS.map((g) => `gender.${g}`),
  ...EVIDENCE_KINDS.map((k) => `evidenceKind.${k}`),
  ...LIAISON_KINDS.map((k) => `liaisonKind.${k}`),
  ...INVESTIGATION_TABS.map((k) => `tab.${k}`),
  ...MODUS_OPERANDI.map((m) => `modus.${m}`),
];

describe('investigation code lists', () => {
  it('have a text for every code in English and Khmer', () => {
    const missing = KEYS.flatMap((k) => [
      ...(text(en as Tree, k) ? [] : [`en investigations.${k}`]),
      ...(text(km as Tree, k) ? [] : [`km investigations.${k}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('write the Khmer texts in Khmer', () => {
    const notKhmer = KEYS.filter((k) => !/[\u1780-\u17FF]/.test(text(km as Tree, k) ?? ''));
    expect(notKhmer).toEqual([]);
  });

  it('give every status and role a colour', () => {
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual([...INVESTIGATION_STATUSES].sort());
    expect(Object.keys(ROLE_COLOURS).sort()).toEqual([...INVOLVEMENT_ROLES].sort());
  });
});
