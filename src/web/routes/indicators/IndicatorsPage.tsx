import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

export function IndicatorsPage() {
  return (
    <RequirePermission permission="indicators:read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.title'));
  return (
    <Stack>
      <Title order={1}>{t('indicators.title')}</Title>
    </Stack>
  );
}
