import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal.tsx';
import { CopyValueButton } from './CopyValueButton.tsx';

type Props = { password: string | null; userName: string; onClose: () => void };

/**
 * Shows a new one-time password exactly once. The server keeps only its hash,
 * so closing this dialog loses it for good; hence the warning, and a close
 * that must be clicked (no closing by clicking outside).
 */
export function OneTimePasswordModal({ password, userName, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={password !== null}
      onClose={onClose}
      title={t('oneTimePassword.title')}
      closeOnClickOutside={false}
      centered
    >
      <Stack gap="md">
        <Text>{t('oneTimePassword.for', { name: userName })}</Text>
        <Group gap="xs">
          <Code fz="lg" style={{ wordBreak: 'break-all' }}>
            {password}
          </Code>
          {password && <CopyValueButton value={password} />}
        </Group>
        <Alert color="orange" variant="outline" icon={<IconAlertTriangle aria-hidden />} c="dark">
          {t('oneTimePassword.warning')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('oneTimePassword.done')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
