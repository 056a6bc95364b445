import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PasswordChangeForm } from '../../components/PasswordChangeForm.tsx';
import { StartAgainButton } from '../../components/StartAgainButton.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { afterSessionChange, STAGE_PATHS } from '../../session.ts';

/** A new account, or a reset password: the one-time password must be replaced before anything else. */
export function NewPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('newPassword.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('newPassword.title')}
        </Title>
        <Text>{t('newPassword.intro')}</Text>
        <PasswordChangeForm
          currentLabel={t('password.oneTime')}
          submitLabel={t('newPassword.submit')}
          onChanged={async (stage) => {
            await afterSessionChange(queryClient);
            await navigate({ to: STAGE_PATHS[stage] });
          }}
        />
        <Group justify="center">
          <StartAgainButton />
        </Group>
      </Stack>
    </Paper>
  );
}
