import { useTranslation } from 'react-i18next';
import { COURTS } from '../../../shared/court.ts';
import { currentLocale } from '../../i18n/index.ts';

/** `CC-000042`: how staff name a court case (never a person's name). */
export const courtCaseNumber = (n: number) => `CC-${String(n).padStart(6, '0')}`;
/** `INV-000042`, as the investigations area writes it. */
export { investigationNumber } from '../investigations/helpers.ts';

/**
 * Names for the court code lists in the reader's language. Keys are built
 * from the codes; codes.test.ts checks each code has a text in both languages.
 */
export function useCourtLabels() {
  const { t } = useTranslation();
  const km = currentLocale() === 'km';
  return {
    stage: (code: string) => t(`court.stage.${code}`, { defaultValue: code }),
    hearingType: (code: string) => t(`court.hearingType.${code}`, { defaultValue: code }),
    measure: (code: string) => t(`court.measure.${code}`, { defaultValue: code }),
    verdict: (code: string) => t(`court.verdict.${code}`, { defaultValue: code }),
    reason: (code: string) => t(`court.reason.${code}`, { defaultValue: code }),
    role: (code: string) => t(`investigations.role.${code}`, { defaultValue: code }),
    tab: (code: string) => t(`court.tab.${code}`, { defaultValue: code }),
    court: (code: string) => {
      const court = COURTS.find((c) => c.code === code);
      return court ? (km ? court.km : court.en) : code;
    },
    charge: (c: { labelEn: string; labelKm: string }) => (km ? c.labelKm : c.labelEn),
  };
}

export { formatMoney, monthRange } from './court-format.ts';
