import { Alert, Button, Code, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { TableScroller } from '../../components/TableScroller.tsx';
import type { ImportReport } from './imports-api.ts';
import { translateReason } from './reasons.ts';

const NUMBER = new Intl.NumberFormat('en-GB');
const n = (value: number) => NUMBER.format(value);
/** Long words (a file name, a column) wrap inside the alert rather than widen it. */
const BODY = { body: { minWidth: 0 } };

type Props = {
  report: ImportReport;
  /** The dry run this import followed, to notice a file changed in between. */
  checked: ImportReport | null;
  importing: boolean;
  onImport: () => void;
  /** The title takes the focus when it appears, so keyboard and screen-reader users land on it. */
  titleRef: Ref<HTMLHeadingElement>;
};

/**
 * What a check or an import found: the figures and an "Import now" button
 * after a clean check, the figures after an import, or the bad rows.
 */
export function ImportResult({ report, checked, importing, onImport, titleRef }: Props) {
  const { t } = useTranslation();
  const title = (text: string) => (
    <Text component="h3" fw={700} ref={titleRef} tabIndex={-1} m={0} style={{ outline: 'none' }}>
      {text}
    </Text>
  );

  if (!report.counts) {
    return (
      // The table sits below the alert, not in it: on a phone it needs the whole width.
      <Stack gap="sm">
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} c="dark" styles={BODY}>
          <Stack gap="xs">
            {title(t('imports.report.errorsTitle', { n: n(report.errorCount) }))}
            <Text size="sm">{t('imports.report.again')}</Text>
            {report.errorCount > report.errors.length && (
              <Text size="sm" fw={700}>
                {t('imports.report.more', { shown: n(report.errors.length), total: n(report.errorCount) })}
              </Text>
            )}
          </Stack>
        </Alert>
        <ErrorTable report={report} />
      </Stack>
    );
  }

  const counts = t('imports.report.counts', {
    rows: n(report.rows),
    created: n(report.counts.created),
    updated: n(report.counts.updated),
    unchanged: n(report.counts.unchanged),
  });
  if (report.written) {
    const changed = checked !== null && checked.sha256 !== report.sha256;
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} c="dark" styles={BODY}>
        <Stack gap="xs">
          {title(t('imports.report.importedTitle'))}
          <Text size="sm">{counts}</Text>
          {changed && <Text size="sm">{t('imports.report.changed')}</Text>}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" icon={<IconCircleCheck aria-hidden />} c="dark" styles={BODY}>
      <Stack gap="sm" align="flex-start">
        {title(t('imports.report.checkedTitle'))}
        <Text size="sm">{counts}</Text>
        {report.rows === 0 ? (
          <Text size="sm">{t('imports.report.noRows')}</Text>
        ) : (
          <Button leftSection={<IconUpload size={18} aria-hidden />} loading={importing} onClick={onImport}>
            {t('imports.report.importNow')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

function ErrorTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('imports.report.tableLabel')} minWidth={300}>
      <Table striped withTableBorder verticalSpacing={6} className="imports-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.report.line')}</Table.Th>
            <Table.Th scope="col">{t('imports.report.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.report.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.errors.map((e, i) => (
            // A row may have several problems, even in the same column: the position is the key.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <Table.Tr key={i}>
              <Table.Td className="imports-line">
                {e.line === 1 ? t('imports.report.header', { line: n(e.line) }) : n(e.line)}
              </Table.Td>
              <Table.Td>
                {e.column === 'row' ? t('imports.report.wholeRow') : <Code className="imports-code">{e.column}</Code>}
              </Table.Td>
              <Table.Td>{translateReason(t, e.reason)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

/**
 * A failed upload, in the ApiErrorAlert manner: the two refusals particular to
 * uploads get their own sentence (ApiErrorAlert only knows the general ones);
 * everything else is ApiErrorAlert's.
 */
export function UploadErrorAlert({ error, limit }: { error: unknown; limit: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && (error.status === 413 || error.status === 415)) {
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} c="dark">
        {error.status === 413 ? t('imports.error.tooLarge', { limit }) : t('imports.error.notCsv')}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <ApiErrorAlert error={error} />
      {error instanceof ApiError && error.status === 0 && <Text size="sm">{t('imports.error.networkHint')}</Text>}
    </Stack>
  );
}
