import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/km';
import type { Locale, Office } from './api-types.ts';

// dayjs carries its own month names: browsers with reduced ICU data (Debian's
// Chromium, some phones) have no Khmer in Intl and would fall back to English.
const dayjsLocale = (locale: Locale) => (locale === 'km' ? 'km' : 'en-gb');

/** A calendar date `YYYY-MM-DD` as "31 ធ្នូ 2015" / "31 Dec 2015"; parsed as a local date, so no time zone shifts it. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const date = dayjs(value); // dayjs reads YYYY-MM-DD as a local date, unlike new Date()
  return date.isValid() ? date.locale(dayjsLocale(locale)).format('D MMM YYYY') : value;
}

/** A moment (ISO timestamp) in the reader's own time zone, 24-hour clock. */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  const date = dayjs(value);
  return date.isValid() ? date.locale(dayjsLocale(locale)).format('D MMM YYYY, HH:mm') : value;
}

/** Today as `YYYY-MM-DD` in the reader's time zone (the default closing date of an office, for example). */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function officeName(office: Office | undefined, code: string, locale: Locale): string {
  if (!office) return code;
  return locale === 'km' ? office.nameKm : office.nameEn;
}
