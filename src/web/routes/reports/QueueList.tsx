import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../api-types.ts';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromNow, useReportLabels } from './labels.ts';
import { Deadline, EmergencyBadge, StatusBadge } from './ReportBadges.tsx';
import './reports.css';

function ReportLink({ item }: { item: QueueItem }) {
  return (
    <Anchor
      renderRoot={(props) => <Link to="/reports/$id" params={{ id: item.id }} {...props} />}
      className="reports-stretched-link"
    >
      {item.trackingCode}
    </Anchor>
  );
}

function Received({ at }: { at: string }) {
  const locale = currentLocale();
  return (
    <Stack gap={0}>
      <Text size="sm" span>
        {fromNow(at, locale)}
      </Text>
      <Text size="xs" c="dimmed" span>
        <time dateTime={at}>{formatDateTime(at, locale)}</time>
      </Text>
    </Stack>
  );
}

/**
 * The queue, as a table on wide screens and as stacked cards on phones (both
 * rendered; CSS shows one, and hidden content is out of the accessibility tree).
 */
export function QueueList({ items }: { items: QueueItem[] }) {
  return (
    <>
      <Box visibleFrom="lg">
        <QueueTable items={items} />
      </Box>
      <Box hiddenFrom="lg">
        <QueueCards items={items} />
      </Box>
    </>
  );
}

function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const officeLabel = useOfficeLabel();
  return (
    <TableScroller label={t('reports.title')} minWidth={1000}>
      <Table verticalSpacing="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.col.report')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.category')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.channel')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.received')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.deadline')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.status')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.office')}</Table.Th>
            <Table.Th scope="col">{t('reports.col.summary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} className="reports-clickable">
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <ReportLink item={item} />
                  {item.emergency && <EmergencyBadge />}
                </Stack>
              </Table.Td>
              <Table.Td>{labels.category(item.category)}</Table.Td>
              <Table.Td>{labels.channel(item.channel)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Received at={item.receivedAt} />
              </Table.Td>
              <Table.Td miw={180} maw={220}>
                <Deadline item={item} showAcknowledged />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.officeCode ? officeLabel(item.officeCode) : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" maw={220}>
                  {item.summary}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function QueueCards({ items }: { items: QueueItem[] }) {
  const labels = useReportLabels();
  const officeLabel = useOfficeLabel();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card key={item.id} component="li" withBorder padding="sm" className="reports-clickable">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <ReportLink item={item} />
              <Group gap={6}>
                {item.emergency && <EmergencyBadge />}
                <StatusBadge status={item.status} />
              </Group>
            </Group>
            <Deadline item={item} />
            <Text size="sm" fw={700}>
              {labels.category(item.category)}
              <Text span c="dimmed" fw={400} size="sm">
                {' · '}
                {labels.channel(item.channel)}
                {item.officeCode && ` · ${officeLabel(item.officeCode)}`}
              </Text>
            </Text>
            <Text size="sm" truncate="end">
              {item.summary}
            </Text>
            <Received at={item.receivedAt} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
