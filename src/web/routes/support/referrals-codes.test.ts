import { describe, expect, it } from 'vitest';
import { REFERRAL_NEXT, REFERRAL_STATUSES } from '../../../shared/referrals.ts';
import en from '../../i18n/en/referrals.json';
import km from '../../i18n/km/referrals.json';
import { STATUS_COLOUR } from './referrals-labels.ts';

const KHMER = /[\u1780-\u17FF]/;

describe('referral texts built from codes', () => {
  it('name every status in both languages, with a colour', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(en.status[status]?.trim(), `en referrals.status.${status}`).toBeTruthy();
      expect(km.status[status], `km referrals.status.${status}`).toMatch(KHMER);
      expect(STATUS_COLOUR[status]).toBeTruthy();
    }
  });

  it('have an action, a title, a date label and a notice for every step a referral can take', () => {
    const steps = [...new Set(Object.values(REFERRAL_NEXT).flat())];
    expect(steps.sort()).toEqual(['accepted', 'completed', 'declined']);
    for (const lang of [en, km]) {
      for (const to of steps) {
        const action = lang.action as Record<string, string>;
        const step = lang.step as Record<string, string>;
        for (const text of [action[to], action[`${to}Named`], step[`${to}Title`], step[`${to}On`], step[`${to}Done`]]) {
          expect(text?.trim(), to).toBeTruthy();
        }
      }
    }
  });
});
