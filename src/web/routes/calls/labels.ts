import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../shared/provinces.ts';
import { currentLocale } from '../../i18n/index.ts';
import { type Duration, durationText } from './call-form.ts';

/**
 * Names for the call code lists in the reader's language. The keys are built
 * from the codes; codes.test.ts checks that each code has a text in both languages.
 */
export function useCallLabels() {
  const { t } = useTranslation();
  return {
    callerType: (code: string) => t(`calls.callerType.${code}`, { defaultValue: code }),
    language: (code: string) => t(`calls.language.${code}`, { defaultValue: code }),
    reasonGroup: (code: string) => t(`calls.reasonGroup.${code}`, { defaultValue: code }),
    reason: (code: string) => t(`calls.reason.${code}`, { defaultValue: code }),
    urgency: (code: string) => t(`calls.urgency.${code}`, { defaultValue: code }),
    action: (code: string) => t(`calls.action.${code}`, { defaultValue: code }),
    duration: (d: Duration) => {
      const { key, values } = durationText(d);
      return t(`calls.duration.${key}`, values);
    },
  };
}

/** The 25 provinces, named in the reader's language and sorted in it, for a searchable select. */
export function useProvinceOptions() {
  useTranslation(); // re-render when the language changes
  const locale = currentLocale();
  return PROVINCES.map((p) => ({ value: p.code, label: p[locale] })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
