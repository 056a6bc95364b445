import { Button, Center, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconRefresh } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { SafetyBanner } from './UrlBadges.tsx';
import { UrlList } from './UrlList.tsx';
import type { UrlStatus } from './url-types.ts';
import { useUrlList } from './urls-api.ts';
import { rememberUrlsSearch } from './urls-search.ts';

const route = getRouteApi('/app/urls');

export function UrlsPage() {
  return (
    <RequirePermission permission="urls:assess">
      <UrlsScreen />
    </RequirePermission>
  );
}

/** The internet hotline's work list: each distinct reported URL once, oldest first. */
function UrlsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('urls.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  useEffect(() => rememberUrlsSearch(search), [search]);
  const status: UrlStatus = search.status ?? 'unassessed';
  const list = useUrlList(status);

  // A refetch may shift items between pages (one was assessed meanwhile): show each URL once.
  const seen = new Set<string>();
  const items = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((i) => !seen.has(i.hash) && seen.add(i.hash));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('urls.title')}</Title>
        <Button
          variant="default"
          leftSection={<IconChartBar size={16} aria-hidden />}
          renderRoot={(props) => <Link to="/urls/figures" {...props} />}
        >
          {t('urls.figures.link')}
        </Button>
      </Group>
      <SafetyBanner />
      <SegmentedControl
        aria-label={t('urls.tabs.label')}
        value={status}
        onChange={(v) =>
          void navigate({ search: v === 'unassessed' ? {} : { status: v as 'assessed' | 'all' }, replace: true })
        }
        data={[
          { value: 'unassessed', label: t('urls.tabs.unassessed') },
          { value: 'assessed', label: t('urls.tabs.assessed') },
          { value: 'all', label: t('urls.tabs.all') },
        ]}
        w={{ base: '100%', xs: 'fit-content' }}
      />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text fw={700} role="status">
              {t('urls.list.shown', { n: items.length })}
            </Text>
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconRefresh size={14} aria-hidden />}
              loading={list.isRefetching && !list.isFetchingNextPage}
              onClick={() => void list.refetch()}
            >
              {t('urls.list.refresh')}
            </Button>
          </Group>
          {items.length === 0 ? (
            <Text>{status === 'unassessed' ? t('urls.list.noneUnassessed') : t('urls.list.none')}</Text>
          ) : (
            <UrlList items={items} />
          )}
        </>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('urls.list.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
