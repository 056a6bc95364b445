import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The six-digit code from an authenticator app. Numeric keyboard on phones,
 * and `one-time-code` so the browser may fill it in.
 */
export function CodeField(props: Omit<TextInputProps, 'label'>) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('code.label')}
      description={t('code.hint')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      size="md"
      styles={{ input: { letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' } }}
      {...props}
      onChange={(event) => {
        // Codes are often pasted with a space in the middle ("123 456"): keep only the digits.
        event.currentTarget.value = event.currentTarget.value.replace(/\D/g, '').slice(0, 6);
        props.onChange?.(event);
      }}
    />
  );
}

/** Client check before sending, in the reader's language; the server checks again. */
export const isSixDigits = (value: string) => /^\d{6}$/.test(value);
