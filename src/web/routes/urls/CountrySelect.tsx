import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../../shared/countries.ts';
import { countryName } from '../../countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { NO_COUNTRY } from './form-values.ts';

type Props = Omit<SelectProps, 'data' | 'value'> & { value?: string };

/** A searchable list of countries by name in the reader's language, with the ISO code (also searchable). */
export function CountrySelect({ value, ...props }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = useMemo(() => {
    const options: { value: string; label: string }[] = COUNTRY_CODES.map((code) => ({
      value: code,
      label: `${countryName(code, locale)} (${code})`,
    }));
    // A suggestion from an unusual domain (`.eu`, `.su`) may not be a country: keep it choosable to correct it.
    if (value && value !== NO_COUNTRY && !options.some((o) => o.value === value)) options.push({ value, label: value });
    options.sort((a, b) => a.label.localeCompare(b.label, locale));
    return [{ value: NO_COUNTRY, label: t('urls.assessment.countryUnknown') }, ...options];
  }, [locale, value, t]);
  return <Select data={data} value={value} searchable allowDeselect={false} limit={300} {...props} />;
}
