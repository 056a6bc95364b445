import { Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

const route = getRouteApi('/app/support/$id');

export function SupportCasePage() {
  return (
    <RequirePermission permission="support:read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  usePageTitle(t('support.title'));
  return (
    <Stack>
      <Title order={1} data-id={id}>
        {t('support.title')}
      </Title>
    </Stack>
  );
}
