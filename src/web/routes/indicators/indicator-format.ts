import type { TFunction } from 'i18next';
import { COURTS } from '../../../shared/court.ts';
import type { Locale } from '../../api-types.ts';
import type { Target } from './indicator-types.ts';

const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const decimal2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "66.7 %", or a dash when there is nothing to divide by (not 0 %: nothing was measured). */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${decimal.format(value)} %`;
}

export function formatMean(value: number | null): string {
  return value === null ? '—' : decimal2.format(value);
}

/** Progress toward the target, signed: "−33 %", "+167 %". */
export function formatProgress(value: number | null): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${Math.abs(value)} %`;
}

export function courtName(code: string | null, locale: Locale, t: TFunction): string {
  if (code === null) return t('indicators.filter.allCourts');
  const court = COURTS.find((c) => c.code === code);
  return court ? court[locale] : code;
}

/** "+30 % of the baseline" or "+30 percentage points". */
export function increaseText(target: Pick<Target, 'increaseKind' | 'increase'>, t: TFunction): string {
  return t(`indicators.target.${target.increaseKind}`, { n: decimal.format(target.increase) });
}

/** The years a filter may choose: newest first, from next year back to 2000. */
export function yearOptions(thisYear: number): string[] {
  return Array.from({ length: thisYear + 1 - 2000 + 1 }, (_, i) => String(thisYear + 1 - i));
}
