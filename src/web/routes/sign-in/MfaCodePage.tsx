import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Stage } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { CodeField, isSixDigits } from '../../components/CodeField.tsx';
import { StartAgainButton } from '../../components/StartAgainButton.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { afterSessionChange, STAGE_PATHS } from '../../session.ts';

/** Second step for an enrolled user: the code from the authenticator app. */
export function MfaCodePage() {
  const { t } = useTranslation();
  usePageTitle(t('mfa.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (isSixDigits(v) ? null : t('code.invalid')) },
  });
  const verify = useMutation({
    mutationFn: (code: string) => api<{ stage: Stage }>('POST', '/api/auth/mfa', { code }),
    onSuccess: async ({ stage }) => {
      await afterSessionChange(queryClient);
      await navigate({ to: STAGE_PATHS[stage] });
    },
    onError: (err) => {
      form.setErrors(fieldErrors(err));
      form.setFieldValue('code', '');
    },
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={form.onSubmit(({ code }) => verify.mutate(code))} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('mfa.title')}
          </Title>
          <Text>{t('mfa.intro')}</Text>
          <ApiErrorAlert error={verify.error} shownFields={['code']} />
          <CodeField required autoFocus {...form.getInputProps('code')} />
          <Button type="submit" loading={verify.isPending} fullWidth>
            {t('mfa.submit')}
          </Button>
          <Text size="sm">{t('mfa.lostPhone')}</Text>
          <Group justify="center">
            <StartAgainButton />
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
