import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions.ts';
import { useMe } from '../hooks.ts';
import { can } from '../session.ts';
import { usePageTitle } from './usePageTitle.ts';

/** A page opened by URL without the right: say so plainly (the API would refuse its data anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (can(me, permission)) return children;
  return <NoAccess />;
}

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <Stack>
      <Title order={1}>{t('noAccess.title')}</Title>
      <Alert color="gray" variant="outline" c="dark">
        {t('noAccess.text')}
      </Alert>
    </Stack>
  );
}
