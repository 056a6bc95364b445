import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../shared/provinces.ts';
import type { Locale } from '../../api-types.ts';
import { currentLocale } from '../../i18n/index.ts';

dayjs.extend(relativeTime);

/**
 * Names for the intake code lists in the reader's language. The keys are
 * built from the codes; codes.test.ts checks that each code has a text in
 * both languages.
 */
export function useReportLabels() {
  const { t } = useTranslation();
  return {
    category: (code: string) => t(`reports.category.${code}`, { defaultValue: code }),
    channel: (code: string) => t(`reports.channel.${code}`, { defaultValue: code }),
    status: (code: string) => t(`reports.status.${code}`, { defaultValue: code }),
    closeReason: (code: string) => t(`reports.closeReason.${code}`, { defaultValue: code }),
  };
}

export function provinceName(code: string | null, locale: Locale = currentLocale()): string {
  if (!code) return '—';
  const p = PROVINCES.find((x) => x.code === code);
  return p ? p[locale] : code;
}

/** "12 minutes ago" / "១២ នាទីមុន"; dayjs carries the Khmer words, which some browsers' Intl lacks. */
export function fromNow(value: string, locale: Locale): string {
  return dayjs(value)
    .locale(locale === 'km' ? 'km' : 'en-gb')
    .fromNow();
}

/** The time of day, to the second: when the queue was last read. */
export function clockTime(ms: number): string {
  return dayjs(ms).format('HH:mm:ss');
}
