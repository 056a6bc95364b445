import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api-types.ts';
import { TableScroller } from '../../components/TableScroller.tsx';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';

/** The detail as one line of JSON: compact enough for a table, exact enough for an auditor. */
const compact = (detail: Record<string, unknown>) => (Object.keys(detail).length ? JSON.stringify(detail) : '—');

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <TableScroller label={t('audit.title')} minWidth={900}>
      <Table striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.who')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.recordType')}</Table.Th>
            <Table.Th scope="col">{t('audit.recordId')}</Table.Th>
            <Table.Th scope="col">{t('audit.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
              </Table.Td>
              <Table.Td>{e.actorName ?? e.actorLabel}</Table.Td>
              <Table.Td ff="monospace">{e.action}</Table.Td>
              <Table.Td ff="monospace">{e.recordType ?? '—'}</Table.Td>
              <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                {e.recordId ?? '—'}
              </Table.Td>
              <Table.Td>
                <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{compact(e.detail)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {entries.length === 0 && <Text py="md">{t('audit.none')}</Text>}
    </TableScroller>
  );
}
