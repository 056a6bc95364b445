import { Badge, Button, Code, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  headerRow,
  IMPORT_KIND_COLUMNS,
  IMPORT_KIND_NAMES,
  type ImportColumnInfo,
  type ImportKindName,
} from './kinds.ts';

type Props = { value: ImportKindName; onChange: (kind: ImportKindName) => void; disabled: boolean };

/** Step 1: what the file holds, with the columns such a file has. */
export function KindPicker({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        label={
          <Title order={2} size="h4" component="span">
            {t('imports.kind.legend')}
          </Title>
        }
        value={value}
        onChange={(v) => onChange(v as ImportKindName)}
      >
        <Stack gap="sm" mt="xs">
          {IMPORT_KIND_NAMES.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              disabled={disabled}
              label={t(`imports.kind.${kind}.label`)}
              description={t(`imports.kind.${kind}.description`)}
              styles={{ label: { fontWeight: 700 } }}
            />
          ))}
        </Stack>
      </Radio.Group>
      <ColumnList kind={value} />
    </Stack>
  );
}

function ColumnList({ kind }: { kind: ImportKindName }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" className="imports-columns">
      <Group justify="space-between" gap="xs" align="center">
        <Title order={3} size="h5">
          {t('imports.columns.title')}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => downloadTemplate(kind)}
        >
          {t('imports.columns.template')}
        </Button>
      </Group>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {IMPORT_KIND_COLUMNS[kind].map((column) => (
          <ColumnItem key={column.name} column={column} />
        ))}
      </Stack>
    </Stack>
  );
}

function ColumnItem({ column }: { column: ImportColumnInfo }) {
  const { t } = useTranslation();
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        <Code fz="sm" fw={700} className="imports-code">
          {column.name}
        </Code>
        {column.required ? (
          <Badge color="red.9" variant="filled" size="sm" tt="none">
            {t('imports.columns.required')}
          </Badge>
        ) : (
          <Text span size="xs" c="dimmed">
            {t('imports.columns.optional')}
          </Text>
        )}
      </Group>
      <Text size="sm" mt={2}>
        {t(`imports.column.${column.name}`)}
        {column.format !== 'text' && <> {t(`imports.format.${column.format}`)}</>}
      </Text>
      {column.codes && (
        <Group gap={6} mt={4} wrap="wrap">
          {column.codes.map((code) => (
            <Code key={code} className="imports-code">
              {code}
            </Code>
          ))}
        </Group>
      )}
    </li>
  );
}

/**
 * An empty file of this kind, with its header row, made in the browser (nothing
 * is fetched). The byte-order mark makes Excel open it as UTF-8, so Khmer typed
 * into it survives; the import accepts the mark.
 */
function downloadTemplate(kind: ImportKindName) {
  const blob = new Blob([`\uFEFF${headerRow(kind)}\r\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${kind}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
