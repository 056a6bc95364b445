import { COUNTRY_CODES, isCountryCode } from '../shared/countries.ts';
import type { Locale } from './api-types.ts';
import { KHMER_COUNTRY_NAMES } from './country-names-km.ts';

const regionNames = new Map<Locale, Intl.DisplayNames | null>();

/** The browser's country names in this language, or null when its Intl has no data for it. */
function namesIn(locale: Locale): Intl.DisplayNames | null {
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      // Browsers with reduced ICU data (Debian's Chromium) would answer Khmer in English.
      if (Intl.DisplayNames.supportedLocalesOf([locale]).length > 0) {
        names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      }
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return regionNames.get(locale) ?? null;
}

/**
 * A country's name in the reader's language: the browser's (Intl.DisplayNames),
 * else for Khmer the bundled CLDR names, else the code itself.
 */
export function countryName(code: string, locale: Locale): string {
  const upper = code.toUpperCase();
  const name = namesIn(locale)?.of(upper);
  if (name && name !== upper) return name;
  if (locale === 'km' && isCountryCode(upper)) return KHMER_COUNTRY_NAMES[upper];
  return upper;
}

const optionsCache = new Map<Locale, { value: string; label: string }[]>();

/** Every country as a select option, sorted by its name in the reader's language. */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    optionsCache.set(locale, options);
  }
  return options;
}
