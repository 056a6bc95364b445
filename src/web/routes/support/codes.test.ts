import { describe, expect, it } from 'vitest';
import {
  CLIENT_KINDS,
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  GOAL_STATUSES,
  NEEDS,
  PLACEMENTS,
  RISK_LEVELS,
  SERVICE_CODES,
  SUPPORT_STATUSES,
} from '../../../shared/support.ts';
import en from '../../i18n/en/support.json';
import km from '../../i18n/km/support.json';
import { LABELLED_GROUPS } from './labels.ts';
import { validateSupportSearch } from './support-search.ts';
import { SUPPORT_TABS, validateSupportCaseSearch } from './support-tabs.ts';

type Tree = { [key: string]: string | Tree };
const CODES: Record<(typeof LABELLED_GROUPS)[number], readonly string[]> = {
  status: SUPPORT_STATUSES,
  clientKind: CLIENT_KINDS,
  risk: RISK_LEVELS,
  need: NEEDS,
  consentBy: CONSENT_GIVERS,
  consentScope: CONSENT_SCOPES,
  placement: PLACEMENTS,
  serviceCode: SERVICE_CODES,
  goalStatus: GOAL_STATUSES,
  tab: SUPPORT_TABS,
};

describe('support code lists', () => {
  it.each(LABELLED_GROUPS)('name every %s code in both languages', (group) => {
    for (const tree of [en, km] as Tree[]) {
      const texts = tree[group] as Tree;
      for (const code of CODES[group]) expect(texts[code], `${group}.${code}`).toEqual(expect.any(String));
    }
  });
});

describe('the addresses of the support pages', () => {
  it('keep known filters and ids, and drop anything else (names never get in)', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(
      validateSupportSearch({ status: 'open', mine: 'true', overdue: true, fromInvestigation: id, person: 'Sok Dara' }),
    ).toEqual({ status: 'open', mine: true, overdue: true, fromInvestigation: id });
    expect(validateSupportCaseSearch({ tab: 'services' })).toEqual({ tab: 'services' });
    expect(validateSupportCaseSearch({ tab: 'nope' })).toEqual({});
  });
});
