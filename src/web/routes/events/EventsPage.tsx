import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { EventDetailModal } from './EventDetailModal.tsx';
import { EventFilters } from './EventFilters.tsx';
import { EventFormModal } from './EventFormModal.tsx';
import { EventList } from './EventList.tsx';
import { EventTotals } from './EventTotals.tsx';
import type { EventDetail, EventFilters as Filters } from './event-types.ts';
import { useEvents } from './events-api.ts';

export function EventsPage() {
  return (
    <RequirePermission permission="events:read">
      <Screen />
    </RequirePermission>
  );
}

/** Community engagement events, this year's first, with the totals of what the filters show. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('events.title'));
  const me = useMe();
  const mayWrite = can(me, 'events:write');
  const [filters, setFilters] = useState<Filters>({ year: new Date().getFullYear() });
  const list = useEvents(filters);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<EventDetail | null>(null);

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const last = list.data?.pages.at(-1);
  const saved = (event: EventDetail) => {
    notify(editing ? t('events.form.corrected') : t('events.form.recorded'));
    // A correction goes back to the event; a new event shows in the list, its totals updated.
    setOpenId(editing ? event.id : null);
    setCreating(false);
    setEditing(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('events.title')}</Title>
        {mayWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('events.new')}
          </Button>
        )}
      </Group>
      <Text>{t('events.intro')}</Text>
      <EventFilters filters={filters} onChange={setFilters} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : last ? (
        <>
          <EventTotals totals={last.totals} />
          <Text fw={700} role="status">
            {t('events.count', { shown: items.length, total: last.total })}
          </Text>
          {items.length === 0 ? <Text>{t('events.none')}</Text> : <EventList items={items} onOpen={setOpenId} />}
        </>
      ) : null}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('events.loadMore')}
          </Button>
        </Center>
      )}
      {openId && !editing && (
        <EventDetailModal id={openId} mayWrite={mayWrite} onClose={() => setOpenId(null)} onEdit={setEditing} />
      )}
      {mayWrite && (creating || editing) && (
        <EventFormModal
          event={editing ?? undefined}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
          onSaved={saved}
        />
      )}
    </Stack>
  );
}
