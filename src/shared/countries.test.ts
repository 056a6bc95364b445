import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries.ts';

describe('country codes', () => {
  it('are the 249 ISO 3166-1 alpha-2 codes, unique and in order', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('are all real regions: Intl names each one (an unknown code comes back unchanged)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(COUNTRY_CODES.filter((code) => names.of(code) === code)).toEqual([]);
    expect(names.of('KH')).toBe('Cambodia');
  });

  it('recognise codes, upper case only', () => {
    expect(isCountryCode('TH')).toBe(true);
    expect(isCountryCode('th')).toBe(false);
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
  });
});
