import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CallForm } from './CallForm.tsx';
import { CallsNav } from './CallsCommon.tsx';
import { RecentCalls } from './RecentCalls.tsx';

export function CallsPage() {
  return (
    <RequirePermission permission="calls:log">
      <CallsScreen />
    </RequirePermission>
  );
}

/** The hotline operator's screen: the form for the call in progress, and the calls before it. */
function CallsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('calls.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('calls.title')}</Title>
      <CallsNav current="log" />
      <CallForm />
      <RecentCalls />
    </Stack>
  );
}
