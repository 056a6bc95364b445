import { Anchor, Box, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '../../components/TableScroller.tsx';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromNow } from '../reports/labels.ts';
import { VerdictBadge } from './UrlBadges.tsx';
import type { UrlItem } from './url-types.ts';
import './urls.css';

/**
 * The one link of a row: to Komar's own page about the URL, named by a word
 * and the host. The address itself stays plain text outside any link.
 */
function OpenLink({ item }: { item: UrlItem }) {
  const { t } = useTranslation();
  return (
    <Anchor
      renderRoot={(props) => <Link to="/urls/$hash" params={{ hash: item.hash }} {...props} />}
      className="urls-stretched-link"
      aria-describedby={`url-${item.hash}`}
    >
      {item.verdict ? t('urls.list.open') : t('urls.list.assess')}
      <VisuallyHidden> {item.host}</VisuallyHidden>
    </Anchor>
  );
}

function Address({ item }: { item: UrlItem }) {
  return (
    <Text size="sm" className="urls-address" id={`url-${item.hash}`}>
      {item.defanged}
    </Text>
  );
}

function FirstReported({ at }: { at: string }) {
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
 * The work list, as a table on wide screens and as stacked cards on phones
 * (both rendered; CSS shows one, and hidden content is out of the accessibility tree).
 */
export function UrlList({ items }: { items: UrlItem[] }) {
  return (
    <>
      <Box visibleFrom="md">
        <UrlTable items={items} />
      </Box>
      <Box hiddenFrom="md">
        <UrlCards items={items} />
      </Box>
    </>
  );
}

function UrlTable({ items }: { items: UrlItem[] }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('urls.list.label')} minWidth={760}>
      <Table verticalSpacing="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('urls.col.address')}</Table.Th>
            <Table.Th scope="col">{t('urls.col.host')}</Table.Th>
            <Table.Th scope="col">{t('urls.col.firstReported')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('urls.col.reports')}
            </Table.Th>
            <Table.Th scope="col">{t('urls.col.verdict')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.hash} className="urls-clickable">
              <Table.Td miw={260}>
                <Address item={item} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }} miw={150} maw={220}>
                {item.host}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <FirstReported at={item.firstReportedAt} />
              </Table.Td>
              <Table.Td ta="end">{item.reportCount}</Table.Td>
              <Table.Td miw={140} maw={200}>
                <VerdictBadge verdict={item.verdict} />
              </Table.Td>
              <Table.Td>
                <OpenLink item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function UrlCards({ items }: { items: UrlItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card key={item.hash} component="li" withBorder padding="sm" className="urls-clickable">
          <Stack gap={6}>
            <Address item={item} />
            <Group justify="space-between" gap="xs" wrap="wrap">
              <VerdictBadge verdict={item.verdict} />
              <OpenLink item={item} />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.host}
              <Text span c="dimmed" size="sm">
                {' · '}
                {t('urls.list.reportCount', { n: item.reportCount })}
              </Text>
            </Text>
            <FirstReported at={item.firstReportedAt} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
