import { Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_PLACE } from '../../../shared/report-codes.ts';
import { OptionalLabel } from './CallsCommon.tsx';
import { useProvinceOptions } from './labels.ts';

type Props = {
  /** The ids of the two inputs, so server errors can focus them. */
  ids: { province: string; place: string };
  province: GetInputPropsReturnType;
  place: GetInputPropsReturnType;
  /** Show the hint under the place (the call log does; the manual form has less room). */
  placeHint?: boolean;
};

/** Where it happened: a province (searchable, in the reader's language) and the place in words. */
export function PlaceFields({ ids, province, place, placeHint = false }: Props) {
  const { t } = useTranslation();
  const provinces = useProvinceOptions();
  return (
    <>
      <Select
        id={ids.province}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        label={<OptionalLabel text={t('calls.form.province')} />}
        description={t('calls.form.provinceHint')}
        data={provinces}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('calls.form.provinceClear') }}
        nothingFoundMessage={t('calls.form.provinceNothing')}
        comboboxProps={{ withinPortal: true }}
        {...province}
      />
      <TextInput
        id={ids.place}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        label={<OptionalLabel text={t('calls.form.place')} />}
        description={placeHint ? t('calls.form.placeHint') : undefined}
        maxLength={MAX_PLACE}
        autoComplete="off"
        {...place}
      />
    </>
  );
}
