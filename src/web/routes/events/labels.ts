import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../shared/provinces.ts';
import type { Locale } from '../../api-types.ts';

/**
 * Names for the event code lists in the reader's language. The keys are built
 * from the codes; codes.test.ts checks that each code has a text in both
 * languages. Provinces carry their own names (shared/provinces.ts).
 */
export function useEventLabels() {
  const { t } = useTranslation();
  return {
    type: (code: string) => t(`events.type.${code}`, { defaultValue: code }),
    programme: (code: string | null) =>
      code ? t(`events.programme.${code}`, { defaultValue: code }) : t('events.notRecorded'),
    audience: (code: string) => t(`events.audience.${code}`, { defaultValue: code }),
  };
}

export function provinceName(code: string | null, locale: Locale): string | null {
  if (!code) return null;
  const province = PROVINCES.find((p) => p.code === code);
  return province ? province[locale] : code;
}

/** Counts with thousands separators, the same in both languages (figures are copied into reports). */
export const formatCount = (n: number) => n.toLocaleString('en-US');
