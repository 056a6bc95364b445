import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

export function SupportCasesPage() {
  return (
    <RequirePermission permission="support:read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('support.title'));
  return (
    <Stack>
      <Title order={1}>{t('support.title')}</Title>
    </Stack>
  );
}
