import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { investigationNumber } from './helpers.ts';
import { InvestigationStatusBadge } from './InvestigationBadges.tsx';
import type { InvestigationItem } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';
import './investigations.css';

const COUNTS = ['reports', 'offenders', 'victims', 'arrests', 'rescues'] as const;

function useCountLabels() {
  const { t } = useTranslation();
  return {
    reports: t('investigations.counts.reports'),
    offenders: t('investigations.counts.offenders'),
    victims: t('investigations.counts.victims'),
    arrests: t('investigations.counts.arrests'),
    rescues: t('investigations.counts.rescues'),
  };
}

function NumberLink({ item }: { item: InvestigationItem }) {
  return (
    <Anchor
      renderRoot={(props) => <Link to="/investigations/$id" params={{ id: item.id }} {...props} />}
      className="inv-stretched-link"
    >
      {investigationNumber(item.number)}
    </Anchor>
  );
}

/** The list, as a table on wide screens and as stacked cards on phones (CSS shows one). */
export function InvestigationList({ items }: { items: InvestigationItem[] }) {
  return (
    <>
      <Box visibleFrom="lg">
        <InvestigationTable items={items} />
      </Box>
      <Box hiddenFrom="lg">
        <InvestigationCards items={items} />
      </Box>
    </>
  );
}

function InvestigationTable({ items }: { items: InvestigationItem[] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const officeLabel = useOfficeLabel();
  const countLabels = useCountLabels();
  const locale = currentLocale();
  return (
    <TableScroller label={t('investigations.title')} minWidth={980}>
      <Table verticalSpacing="sm" horizontalSpacing={8} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('investigations.col.number')}</Table.Th>
            <Table.Th scope="col">{t('investigations.col.status')}</Table.Th>
            <Table.Th scope="col">{t('investigations.col.office')}</Table.Th>
            <Table.Th scope="col">{t('investigations.col.type')}</Table.Th>
            <Table.Th scope="col">{t('investigations.col.opened')}</Table.Th>
            <Table.Th scope="col">{t('investigations.col.lead')}</Table.Th>
            {COUNTS.map((c) => (
              <Table.Th key={c} scope="col" ta="end" style={{ whiteSpace: 'nowrap' }}>
                {countLabels[c]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} className="inv-clickable">
              <Table.Td>
                <Stack gap={0}>
                  <NumberLink item={item} />
                  {item.ref && (
                    <Text size="xs" c="dimmed">
                      {item.ref}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <InvestigationStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.officeCode ? officeLabel(item.officeCode) : '—'}</Table.Td>
              <Table.Td>{labels.type(item.exploitationType)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={item.openedOn}>{formatDate(item.openedOn, locale)}</time>
              </Table.Td>
              <Table.Td>{item.lead?.name ?? '—'}</Table.Td>
              {COUNTS.map((c) => (
                <Table.Td key={c} ta="end">
                  {item.counts[c]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function InvestigationCards({ items }: { items: InvestigationItem[] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const officeLabel = useOfficeLabel();
  const countLabels = useCountLabels();
  const locale = currentLocale();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card key={item.id} component="li" withBorder padding="sm" className="inv-clickable">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <NumberLink item={item} />
              <InvestigationStatusBadge status={item.status} />
            </Group>
            <Text size="sm" fw={700}>
              {labels.type(item.exploitationType)}
              <Text span c="dimmed" fw={400} size="sm">
                {item.officeCode && ` · ${officeLabel(item.officeCode)}`}
              </Text>
            </Text>
            <Text size="sm">
              {t('investigations.openedOn', { date: formatDate(item.openedOn, locale) })}
              {' · '}
              {t('investigations.leadIs', { name: item.lead?.name ?? '—' })}
            </Text>
            <Text size="xs" c="dimmed">
              {COUNTS.map((c) => `${countLabels[c]} ${item.counts[c]}`).join(' · ')}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
