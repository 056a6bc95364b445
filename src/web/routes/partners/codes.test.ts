import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/countries.ts';
import { PARTNER_KINDS } from '../../../shared/partners.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATES, PARTNER_SERVICES } from '../../../shared/referrals.ts';
import { countryName, countryOptions } from '../../countries.ts';
import { KHMER_COUNTRY_NAMES } from '../../country-names-km.ts';
import en from '../../i18n/en/partners.json';
import km from '../../i18n/km/partners.json';
import { AGREEMENT_STATE_COLOUR, KIND_COLOUR } from './labels.ts';

describe('partner kinds', () => {
  // The pages build these keys from codes (t(`partners.kind.${kind}`)), which the literal-key scan cannot see.
  it('have a name in English and in Khmer script, and a badge colour', () => {
    for (const kind of PARTNER_KINDS) {
      expect(en.kind[kind]?.trim(), `en partners.kind.${kind}`).toBeTruthy();
      expect(km.kind[kind], `km partners.kind.${kind}`).toMatch(/[\u1780-\u17FF]/);
      expect(KIND_COLOUR[kind], `colour of ${kind}`).toBeTruthy();
    }
    expect(Object.keys(en.kind).sort()).toEqual([...PARTNER_KINDS].sort());
  });
});

describe('services, agreement kinds and agreement states', () => {
  // Built from codes too: t(`partners.service.${code}`) and the like.
  it('have a name in English and in Khmer script', () => {
    const lists = { service: PARTNER_SERVICES, agreementKind: AGREEMENT_KINDS, agreementState: AGREEMENT_STATES };
    for (const [group, codes] of Object.entries(lists)) {
      const enNames = en[group as keyof typeof lists] as Record<string, string>;
      const kmNames = km[group as keyof typeof lists] as Record<string, string>;
      for (const code of codes) {
        expect(enNames[code]?.trim(), `en partners.${group}.${code}`).toBeTruthy();
        expect(kmNames[code], `km partners.${group}.${code}`).toMatch(/[\u1780-\u17FF]/);
      }
      expect(Object.keys(enNames).sort(), group).toEqual([...codes].sort());
    }
    for (const state of AGREEMENT_STATES) expect(AGREEMENT_STATE_COLOUR[state]).toBeTruthy();
  });
});

describe('country names', () => {
  it('exist in Khmer for every code, for browsers without Khmer data', () => {
    for (const code of COUNTRY_CODES) expect(KHMER_COUNTRY_NAMES[code], code).toMatch(/[\u1780-\u17FF]/);
    expect(Object.keys(KHMER_COUNTRY_NAMES)).toHaveLength(COUNTRY_CODES.length);
  });

  it('are read in the reader’s language, with the code as the last resort', () => {
    expect(countryName('TH', 'en')).toBe('Thailand');
    expect(countryName('th', 'en')).toBe('Thailand');
    expect(countryName('KH', 'km')).toBe('កម្ពុជា');
    expect(countryName('QQ', 'en')).toBe('QQ');
  });

  it('make one option per code, sorted by name', () => {
    const options = countryOptions('en');
    expect(options).toHaveLength(COUNTRY_CODES.length);
    expect(options[0]?.label).toBe('Afghanistan');
    expect(options.find((o) => o.value === 'GB')?.label).toBe('United Kingdom');
  });
});
