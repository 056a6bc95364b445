import { Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

const route = getRouteApi('/app/court/$id');

export function CourtCasePage() {
  return (
    <RequirePermission permission="court:read">
      <Screen />
    </RequirePermission>
  );
}

function Screen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  usePageTitle(t('court.title'));
  return (
    <Stack>
      <Title order={1} data-id={id}>
        {t('court.title')}
      </Title>
    </Stack>
  );
}
