import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { supportCaseNumber } from '../../../shared/support.ts';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useSupportLabels } from './labels.ts';
import { RiskBadge, SupportStatusBadge } from './SupportBadges.tsx';
import type { SupportItem } from './support-types.ts';
import './support.css';

function NumberLink({ item }: { item: SupportItem }) {
  return (
    <Anchor
      renderRoot={(props) => <Link to="/support/$id" params={{ id: item.id }} {...props} />}
      className="sup-stretched-link"
    >
      {supportCaseNumber(item.number)}
    </Anchor>
  );
}

function Overdue({ n }: { n: number }) {
  const { t } = useTranslation();
  if (n === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" c="red.9" fw={700} component="span">
      <IconAlertTriangle size={14} aria-hidden style={{ flexShrink: 0 }} />
      <span>{t('support.overdueCount', { count: n })}</span>
    </Group>
  );
}

/** The list, as a table on wide screens and as stacked cards on phones (CSS shows one). */
export function SupportList({ items }: { items: SupportItem[] }) {
  return (
    <>
      <Box visibleFrom="lg">
        <SupportTable items={items} />
      </Box>
      <Box hiddenFrom="lg">
        <SupportCards items={items} />
      </Box>
    </>
  );
}

function SupportTable({ items }: { items: SupportItem[] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  return (
    <TableScroller label={t('support.title')} minWidth={900}>
      <Table verticalSpacing="sm" horizontalSpacing={8} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('support.col.number')}</Table.Th>
            <Table.Th scope="col">{t('support.col.client')}</Table.Th>
            <Table.Th scope="col">{t('support.col.status')}</Table.Th>
            <Table.Th scope="col">{t('support.col.risk')}</Table.Th>
            <Table.Th scope="col">{t('support.col.office')}</Table.Th>
            <Table.Th scope="col">{t('support.col.opened')}</Table.Th>
            <Table.Th scope="col">{t('support.col.socialWorker')}</Table.Th>
            <Table.Th scope="col">{t('support.col.followUps')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} className="sup-clickable">
              <Table.Td>
                <NumberLink item={item} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {item.client.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {labels.clientKind(item.clientKind)}
                </Text>
              </Table.Td>
              <Table.Td>
                <SupportStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.riskLevel ? <RiskBadge risk={item.riskLevel} /> : '—'}</Table.Td>
              <Table.Td>{item.officeCode ? officeLabel(item.officeCode) : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={item.openedOn}>{formatDate(item.openedOn, locale)}</time>
              </Table.Td>
              <Table.Td>{item.socialWorker?.name ?? '—'}</Table.Td>
              <Table.Td>
                <Overdue n={item.overdueFollowUps} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function SupportCards({ items }: { items: SupportItem[] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card key={item.id} component="li" withBorder padding="sm" className="sup-clickable">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <NumberLink item={item} />
              <Group gap={4}>
                <SupportStatusBadge status={item.status} />
                {item.riskLevel && <RiskBadge risk={item.riskLevel} />}
              </Group>
            </Group>
            <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
              {item.client.displayName}
              <Text span c="dimmed" fw={400} size="sm">
                {` · ${labels.clientKind(item.clientKind)}`}
                {item.officeCode && ` · ${officeLabel(item.officeCode)}`}
              </Text>
            </Text>
            <Text size="sm">
              {t('support.openedOn', { date: formatDate(item.openedOn, locale) })}
              {' · '}
              {t('support.socialWorkerIs', { name: item.socialWorker?.name ?? '—' })}
            </Text>
            <Overdue n={item.overdueFollowUps} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
