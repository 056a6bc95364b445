import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { clockTime } from './labels.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueList } from './QueueList.tsx';
import { type QueueSearch, rememberQueueSearch } from './queue-search.ts';
import { useQueue } from './reports-api.ts';

const route = getRouteApi('/app/reports');

export function QueuePage() {
  return (
    <RequirePermission permission="reports:read">
      <QueueScreen />
    </RequirePermission>
  );
}

/** Every report from every channel, emergencies first, then the oldest: the hotline's worklist. */
function QueueScreen() {
  const { t } = useTranslation();
  usePageTitle(t('reports.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  useEffect(() => rememberQueueSearch(search), [search]);
  const queue = useQueue(search);
  const setSearch = (next: QueueSearch) => void navigate({ search: next, replace: true });

  // A refetch may shift items between pages (a new emergency goes first): show each report once.
  const seen = new Set<string>();
  const items = (queue.data?.pages.flatMap((p) => p.items) ?? []).filter((i) => !seen.has(i.id) && seen.add(i.id));
  const total = queue.data?.pages.at(-1)?.total ?? 0;
  const updated = clockTime(queue.dataUpdatedAt);

  return (
    <Stack gap="md">
      <Title order={1}>{t('reports.title')}</Title>
      <QueueFilters search={search} onChange={setSearch} />
      <ApiErrorAlert error={queue.error} />
      {queue.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text fw={700} role="status">
              {t('reports.count', { shown: items.length, total })}
            </Text>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('reports.updatedAt', { time: updated })}
              </Text>
              <Button
                variant="default"
                size="compact-sm"
                leftSection={<IconRefresh size={14} aria-hidden />}
                loading={queue.isRefetching && !queue.isFetchingNextPage}
                onClick={() => void queue.refetch()}
              >
                {t('reports.refresh')}
              </Button>
            </Group>
          </Group>
          {items.length === 0 ? <Text>{t('reports.none')}</Text> : <QueueList items={items} />}
        </>
      )}
      {queue.hasNextPage && (
        <Center>
          <Button variant="default" loading={queue.isFetchingNextPage} onClick={() => void queue.fetchNextPage()}>
            {t('reports.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
