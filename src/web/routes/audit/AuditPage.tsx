import { Button, Center, Stack, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../api.ts';
import type { AuditPage as AuditPageData } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { useMe } from '../../hooks.ts';
import { can } from '../../session.ts';
import { AuditChainBanner } from './AuditChainBanner.tsx';
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;

export function AuditPage() {
  return (
    <RequirePermission permission="audit:read">
      <AuditScreen />
    </RequirePermission>
  );
}

function AuditScreen() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const canListUsers = can(useMe(), 'users:read');
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  // Newest first; each further page starts before the oldest entry shown (`nextBefore`).
  const log = useInfiniteQuery({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam }) =>
      api<AuditPageData>('GET', `/api/audit${queryString({ ...filters, before: pageParam, limit: PAGE_SIZE })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t('audit.title')}</Title>
      <AuditChainBanner />
      <AuditFilters canListUsers={canListUsers} onApply={setFilters} serverErrors={fieldErrors(log.error)} />
      <ApiErrorAlert error={log.error} shownFields={Object.keys(NO_FILTERS)} />
      {log.isPending ? <PageLoader /> : <AuditTable entries={entries} />}
      {log.hasNextPage && (
        <Center>
          <Button variant="default" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t('audit.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
