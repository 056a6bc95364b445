import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api-types.ts';
import { en, km } from './resources.ts';

/** Before sign-in the visitor's choice is remembered here; after sign-in the account's locale wins. */
const STORAGE_KEY = 'komar.locale';

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'en' || value === 'km') return value;
  } catch {
    // Private browsing may refuse storage; Khmer is the default anyway.
  }
  return 'km';
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See storedLocale.
  }
}

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'km';
}

// Screen readers and fonts follow <html lang>, so it tracks the language.
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

// Resources are bundled, so initialise synchronously: the first render is already translated.
void i18n.use(initReactI18next).init({
  initAsync: false,
  resources: { en: { translation: en }, km: { translation: km } },
  lng: storedLocale(),
  fallbackLng: 'en',
  supportedLngs: ['km', 'en'],
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
