import { Anchor, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsShuffle, IconPlus } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportCaseNumber } from '../../../shared/support.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { NewSupportCaseModal } from './NewSupportCaseModal.tsx';
import { SupportFilters } from './SupportFilters.tsx';
import { SupportList } from './SupportList.tsx';
import { useOverdueFollowUps, useSupportCases } from './support-api.ts';
import { rememberSupportSearch, type SupportSearch } from './support-search.ts';

const route = getRouteApi('/app/support');

export function SupportCasesPage() {
  return (
    <RequirePermission permission="support:read">
      <Screen />
    </RequirePermission>
  );
}

/** The support cases this user may see, newest first, and the follow-ups that are late. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('support.title'));
  const me = useMe();
  const mayWrite = can(me, 'support:write');
  const search = route.useSearch() as SupportSearch;
  const navigate = route.useNavigate();
  useEffect(() => rememberSupportSearch(search), [search]);
  const list = useSupportCases(search);
  const [creating, setCreating] = useState(false);
  const { fromInvestigation, person, ...filters } = search;
  const setFilters = (next: SupportSearch) => void navigate({ search: next as never, replace: true });
  const formOpen = mayWrite && (creating || !!fromInvestigation || !!person);
  const closeForm = () => {
    setCreating(false);
    if (fromInvestigation || person) setFilters(filters);
  };
  const created = (result: { id: string; number: number }) => {
    notify(t('support.new.done', { number: supportCaseNumber(result.number) }));
    setCreating(false);
    void navigate({ to: '/support/$id', params: { id: result.id } });
  };
  const seen = new Set<string>();
  const items = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((i) => !seen.has(i.id) && seen.add(i.id));
  const total = list.data?.pages.at(-1)?.total ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('support.title')}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconArrowsShuffle size={16} aria-hidden />}
            renderRoot={(props) => <Link to="/support/referrals" {...props} />}
          >
            {t('referrals.page.title')}
          </Button>
          {mayWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('support.new.button')}
            </Button>
          )}
        </Group>
      </Group>
      <OverduePanel />
      <SupportFilters search={filters} onChange={setFilters} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Text fw={700} role="status">
            {t('support.count', { shown: items.length, total })}
          </Text>
          {items.length === 0 ? <Text>{t('support.none')}</Text> : <SupportList items={items} />}
        </>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('support.loadMore')}
          </Button>
        </Center>
      )}
      {formOpen && (
        <NewSupportCaseModal
          fromInvestigation={fromInvestigation}
          personId={person}
          onClose={closeForm}
          onCreated={created}
        />
      )}
    </Stack>
  );
}

/** Follow-ups past their date, across every case in sight: the first thing to act on. */
function OverduePanel() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const overdue = useOverdueFollowUps();
  const items = overdue.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sup-overdue" bg="red.0">
      <Title order={2} size="h4" id="sup-overdue" mb="xs">
        {t('support.overdue.title', { count: items.length })}
      </Title>
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
        {items.slice(0, 10).map((f) => (
          <Text component="li" size="sm" key={f.id} style={{ overflowWrap: 'anywhere' }}>
            <Anchor
              renderRoot={(props) => (
                <Link to="/support/$id" params={{ id: f.caseId }} search={{ tab: 'followUps' } as never} {...props} />
              )}
              ff="monospace"
              fw={700}
            >
              {supportCaseNumber(f.caseNumber)}
            </Anchor>{' '}
            {t('support.overdue.item', { title: f.title, date: formatDate(f.dueOn, locale) })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
