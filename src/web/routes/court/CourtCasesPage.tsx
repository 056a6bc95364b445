import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

export function CourtCasesPage() {
  return (
    <RequirePermission permission="court:read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('court.title'));
  return (
    <Stack>
      <Title order={1}>{t('court.title')}</Title>
    </Stack>
  );
}
