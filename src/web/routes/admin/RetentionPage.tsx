import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { RetentionRuleCard } from './RetentionRuleCard.tsx';
import { type RetentionRules, retentionKey } from './retention-api.ts';

export function RetentionPage() {
  return (
    <RequirePermission permission="settings:manage">
      <RetentionScreen />
    </RequirePermission>
  );
}

/** Retention rules (decision 021): each record type, how many records it would purge now, its last run. */
function RetentionScreen() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const rules = useQuery({
    queryKey: retentionKey,
    queryFn: () => api<RetentionRules>('GET', '/api/retention/rules'),
    // A refetch would reset a form someone is editing.
    refetchOnWindowFocus: false,
  });
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('retention.title')}</Title>
      <Text>{t('retention.intro')}</Text>
      <Alert variant="light" color="orange" icon={<IconAlertTriangle aria-hidden />} c="dark">
        {t('retention.permanent')}
      </Alert>
      <Text size="sm">{t('retention.neverPurged')}</Text>
      <ApiErrorAlert error={rules.error} />
      {rules.isPending && <PageLoader />}
      {rules.data?.rules.map((rule) => (
        // Keyed by the saved values: a fresh form whenever the server's copy changes.
        <RetentionRuleCard
          key={`${rule.rule}:${rule.enabled}:${rule.years}`}
          rule={rule}
          minYears={rules.data.minYears}
          maxYears={rules.data.maxYears}
        />
      ))}
    </Stack>
  );
}
