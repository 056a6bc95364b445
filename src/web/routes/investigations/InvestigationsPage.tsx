import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconLockOpen, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { investigationNumber } from './helpers.ts';
import { InvestigationFilters } from './InvestigationFilters.tsx';
import { InvestigationList } from './InvestigationList.tsx';
import { type CreateResult, useInvestigations } from './investigations-api.ts';
import { type InvestigationsSearch, rememberInvestigationsSearch } from './investigations-search.ts';
import { LookBeyondScopeModal } from './LookBeyondScopeModal.tsx';
import { NewInvestigationModal } from './NewInvestigationModal.tsx';

const route = getRouteApi('/app/investigations');

export function InvestigationsPage() {
  return (
    <RequirePermission permission="investigations:read">
      <InvestigationsScreen />
    </RequirePermission>
  );
}

/** The investigations this user may see, newest opened first. */
function InvestigationsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('investigations.title'));
  const me = useMe();
  const mayWrite = can(me, 'investigations:write');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  useEffect(() => rememberInvestigationsSearch(search), [search]);
  const list = useInvestigations(search);
  const [creating, setCreating] = useState(false);
  const [looking, setLooking] = useState(false);
  const { newFromReport, ...filters } = search;
  const setFilters = (next: InvestigationsSearch) => void navigate({ search: next, replace: true });
  const formOpen = mayWrite && (creating || !!newFromReport);
  const closeForm = () => {
    setCreating(false);
    if (newFromReport) setFilters(filters);
  };
  const created = (result: CreateResult) => {
    const number = investigationNumber(result.number);
    notify(t('investigations.new.done', { number }));
    setCreating(false);
    void navigate({ to: '/investigations/$id', params: { id: result.id } });
  };

  const seen = new Set<string>();
  const items = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((i) => !seen.has(i.id) && seen.add(i.id));
  const total = list.data?.pages.at(-1)?.total ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('investigations.title')}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconLockOpen size={16} aria-hidden />}
            onClick={() => setLooking(true)}
          >
            {t('investigations.look.button')}
          </Button>
          {mayWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('investigations.new.button')}
            </Button>
          )}
        </Group>
      </Group>
      {looking && (
        <LookBeyondScopeModal
          onClose={() => setLooking(false)}
          onOpened={(id) => void navigate({ to: '/investigations/$id', params: { id } })}
        />
      )}
      <InvestigationFilters search={filters} onChange={setFilters} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Text fw={700} role="status">
            {t('investigations.count', { shown: items.length, total })}
          </Text>
          {items.length === 0 ? <Text>{t('investigations.none')}</Text> : <InvestigationList items={items} />}
        </>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('investigations.loadMore')}
          </Button>
        </Center>
      )}
      {formOpen && (
        <NewInvestigationModal
          fromReports={newFromReport ? [newFromReport] : []}
          onClose={closeForm}
          onCreated={created}
        />
      )}
    </Stack>
  );
}
