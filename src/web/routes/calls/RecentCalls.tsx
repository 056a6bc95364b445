import { Anchor, Badge, Box, Button, Card, Center, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CallItem } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { TableScroller } from '../../components/TableScroller.tsx';
import { formatDateTime } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can } from '../../session.ts';
import { fromNow } from '../reports/labels.ts';
import { durationBetween } from './call-form.ts';
import { useCalls } from './calls-api.ts';
import { useCallLabels } from './labels.ts';

const URGENCY_COLOURS: Record<string, string> = { high: 'orange', normal: 'blue', low: 'gray' };
const NO_TRUNCATION = { label: { overflow: 'visible' } };

/** Emergency in red with an icon and the word; the other levels as a coloured dot beside the word. */
function UrgencyBadge({ urgency }: { urgency: string }) {
  const labels = useCallLabels();
  if (urgency === 'emergency') {
    return (
      <Badge
        color="red.9"
        variant="filled"
        tt="none"
        leftSection={<IconAlertTriangle size={14} aria-hidden />}
        styles={NO_TRUNCATION}
      >
        {labels.urgency(urgency)}
      </Badge>
    );
  }
  return (
    <Badge variant="dot" color={URGENCY_COLOURS[urgency] ?? 'gray'} tt="none" c="dark" styles={NO_TRUNCATION}>
      {labels.urgency(urgency)}
    </Badge>
  );
}

function When({ at }: { at: string }) {
  const locale = currentLocale();
  return (
    <Stack gap={0}>
      <Text size="sm" span>
        <time dateTime={at}>{formatDateTime(at, locale)}</time>
      </Text>
      <Text size="xs" c="dimmed" span>
        {fromNow(at, locale)}
      </Text>
    </Stack>
  );
}

function useCallText() {
  const { t } = useTranslation();
  const labels = useCallLabels();
  return {
    duration: (c: CallItem) => {
      const d = durationBetween(c.startedAt, c.endedAt);
      return d ? labels.duration(d) : t('calls.list.notEnded');
    },
    caller: (c: CallItem) => `${labels.callerType(c.callerType)} · ${labels.language(c.language)}`,
    reasons: (c: CallItem) => c.reasons.map(labels.reason).join(', '),
    actions: (c: CallItem) => (c.actionsTaken.length ? c.actionsTaken.map(labels.action).join(', ') : '—'),
  };
}

/** The tracking code of the report a call became, as a link when the reader may open reports. */
function ReportLink({ call }: { call: CallItem }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!call.reportId || !call.trackingCode) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('calls.list.noReport')}
      </Text>
    );
  }
  if (!can(me, 'reports:read')) return <span className="calls-mono">{call.trackingCode}</span>;
  const id = call.reportId;
  return (
    <Anchor
      renderRoot={(props) => <Link to="/reports/$id" params={{ id }} {...props} />}
      className="calls-mono"
      size="sm"
    >
      {call.trackingCode}
    </Anchor>
  );
}

function CallsTable({ items }: { items: CallItem[] }) {
  const { t } = useTranslation();
  const text = useCallText();
  return (
    <TableScroller label={t('calls.list.title')} minWidth={960}>
      <Table verticalSpacing="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calls.list.col.time')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.duration')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.caller')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.reasons')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.urgency')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.actions')}</Table.Th>
            <Table.Th scope="col">{t('calls.list.col.report')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <When at={c.startedAt} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.duration(c)}</Table.Td>
              <Table.Td>{text.caller(c)}</Table.Td>
              <Table.Td maw={260}>{text.reasons(c)}</Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={c.urgency} />
              </Table.Td>
              <Table.Td maw={220}>{text.actions(c)}</Table.Td>
              <Table.Td>
                <ReportLink call={c} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function CallCards({ items }: { items: CallItem[] }) {
  const { t } = useTranslation();
  const text = useCallText();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((c) => (
        <Card key={c.id} component="li" withBorder padding="sm">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              <When at={c.startedAt} />
              <UrgencyBadge urgency={c.urgency} />
            </Group>
            <Text size="sm" fw={700}>
              {text.reasons(c)}
            </Text>
            <Text size="sm">
              {text.caller(c)}
              <Text span c="dimmed" size="sm">
                {' · '}
                {text.duration(c)}
              </Text>
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('calls.list.actionsLabel')}{' '}
              </Text>
              {text.actions(c)}
            </Text>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('calls.list.reportLabel')}{' '}
              </Text>
              <ReportLink call={c} />
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The latest calls, newest first, with "Load more"; a table on wide screens, cards on phones. */
export function RecentCalls() {
  const { t } = useTranslation();
  const calls = useCalls();
  // Calls logged since the first page was read shift the pages: show each call once.
  const seen = new Set<string>();
  const items = (calls.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => !seen.has(c.id) && seen.add(c.id));
  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-calls-title">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h3" id="recent-calls-title">
          {t('calls.list.title')}
        </Title>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={calls.isRefetching && !calls.isFetchingNextPage}
          onClick={() => void calls.refetch()}
        >
          {t('reports.refresh')}
        </Button>
      </Group>
      <ApiErrorAlert error={calls.error} />
      {calls.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text>{t('calls.list.none')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('calls.list.count', { n: items.length })}
          </Text>
          <Box visibleFrom="lg">
            <CallsTable items={items} />
          </Box>
          <Box hiddenFrom="lg">
            <CallCards items={items} />
          </Box>
        </>
      )}
      {calls.hasNextPage && (
        <Center>
          <Button variant="default" loading={calls.isFetchingNextPage} onClick={() => void calls.fetchNextPage()}>
            {t('reports.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
