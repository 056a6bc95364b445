import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Stage } from '../api-types.ts';
import { fieldErrors } from '../errors.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { PasswordField } from './PasswordField.tsx';

/** The server's minimum; the server also refuses easy-to-guess passwords, which only it can judge. */
export const MIN_PASSWORD_LENGTH = 10;

type Props = {
  /** "One-time password" at first sign-in, "Current password" on the profile page. */
  currentLabel: string;
  submitLabel: string;
  onChanged: (stage: Stage) => void | Promise<void>;
};

/** Current password, new password, repeat: used at first sign-in and on the profile page. */
export function PasswordChangeForm({ currentLabel, submitLabel, onChanged }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) => (v.length >= MIN_PASSWORD_LENGTH ? null : t('password.tooShort')),
      repeatPassword: (v, values) => (v === values.newPassword ? null : t('password.mismatch')),
    },
  });
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: typeof form.values) =>
      api<{ stage: Stage }>('POST', '/api/auth/password', { currentPassword, newPassword }),
    onSuccess: async ({ stage }) => {
      form.reset();
      await onChanged(stage);
    },
    onError: (err) => form.setErrors(fieldErrors(err)),
  });

  return (
    <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
      <Stack gap="md">
        <ApiErrorAlert error={change.error} shownFields={['currentPassword', 'newPassword']} />
        <PasswordField
          label={currentLabel}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('password.new')}
          description={t('password.rule')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeatPassword')}
        />
        <Button type="submit" loading={change.isPending} w={{ base: '100%', xs: 'auto' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
