import { Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Stage } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { afterSessionChange, STAGE_PATHS } from '../../session.ts';

/** First step of sign-in; the answer's stage says which step comes next. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });
  const login = useMutation({
    mutationFn: (values: typeof form.values) => api<{ stage: Stage }>('POST', '/api/auth/login', values),
    onSuccess: async ({ stage }) => {
      await afterSessionChange(queryClient);
      await navigate({ to: STAGE_PATHS[stage] });
    },
    onError: (err) => {
      form.setErrors(fieldErrors(err));
      // Never leave a rejected password in the field.
      form.setFieldValue('password', '');
    },
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <ApiErrorAlert error={login.error} shownFields={['email', 'password']} />
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
