import { useTranslation } from 'react-i18next';
import { ILLEGAL_VERDICTS } from '../../../shared/internet-hotline.ts';

/**
 * Names for the internet hotline's code lists in the reader's language. The
 * keys are built from the codes; codes.test.ts checks that each code has a
 * text in both languages.
 */
export function useUrlLabels() {
  const { t } = useTranslation();
  return {
    verdict: (code: string) => t(`urls.verdict.${code}`, { defaultValue: code }),
    verdictHint: (code: string) => t(`urls.verdictHint.${code}`, { defaultValue: '' }),
    contentType: (code: string) => t(`urls.contentType.${code}`, { defaultValue: code }),
    ageGroup: (code: string) => t(`urls.ageGroup.${code}`, { defaultValue: code }),
    severity: (code: string | number) => t(`urls.severity.${code}`, { defaultValue: String(code) }),
    action: (code: string) => t(`urls.action.${code}`, { defaultValue: code }),
  };
}

export function isIllegal(verdict: string | null | undefined): boolean {
  return !!verdict && ILLEGAL_VERDICTS.includes(verdict);
}

/** "33.3 %": one decimal at most. Western digits, as the rest of the figures. */
export function formatPercent(value: number): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value)} %`;
}

/** Days, to one decimal (a median of two may fall between days); a dash when nothing was removed yet. */
export function formatDays(value: number | null): string {
  return value === null ? '—' : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}
