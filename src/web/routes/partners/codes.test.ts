import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/countries.ts';
import { PARTNER_KINDS } from '../../../shared/partners.ts';
import { countryName, countryOptions } from '../../countries.ts';
import { KHMER_COUNTRY_NAMES } from '../../country-names-km.ts';
import en from '../../i18n/en/partners.json';
import km from '../../i18n/km/partners.json';
import { KIND_COLOUR } from './labels.ts';

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
