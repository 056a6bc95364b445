import { Button, Code, FileInput, Grid, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeCsv, IconListCheck } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatSize } from './format-size.ts';
import { ImportResult, UploadErrorAlert } from './ImportResult.tsx';
import { type ImportReport, looksLikeCsv, UPLOAD_LIMIT_BYTES, useImportFile } from './imports-api.ts';
import { KindPicker } from './KindPicker.tsx';
import type { ImportKindName } from './kinds.ts';
import './imports.css';

export function ImportsPage() {
  return (
    <RequirePermission permission="imports:run">
      <ImportsScreen />
    </RequirePermission>
  );
}

/**
 * Legacy CSV imports, the web side of `komar import`: choose the kind, choose
 * the file, check it (a dry run writes nothing), then import the same file.
 * The page never reads the file: the browser sends it, and only as CSV.
 */
function ImportsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('imports.title'));
  const [kind, setKind] = useState<ImportKindName>('investigations');
  const [file, setFile] = useState<File | null>(null);
  /** The clean check of this kind and file, which "Import now" follows. */
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const run = useImportFile();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const limit = formatSize(t, UPLOAD_LIMIT_BYTES);

  const fileProblem = !file
    ? null
    : !looksLikeCsv(file)
      ? t('imports.error.wrongExtension')
      : file.size > UPLOAD_LIMIT_BYTES
        ? t('imports.error.tooLarge', { limit })
        : null;

  // Another kind or another file: whatever was found no longer applies.
  const startOver = () => {
    run.reset();
    setChecked(null);
  };
  const send = (dryRun: boolean) => {
    if (!file || fileProblem) return;
    if (dryRun) setChecked(null);
    run.mutate(
      { kind, file, dryRun },
      {
        onSuccess: (report) => {
          if (dryRun) setChecked(report.counts ? report : null);
        },
      },
    );
  };

  // The finding takes the focus when it arrives, so the reader is taken to it.
  useEffect(() => {
    if (run.data) titleRef.current?.focus();
  }, [run.data]);

  const importing = run.isPending && run.variables?.dryRun === false;
  const importFailed = run.isError && run.variables?.dryRun === false;
  // While importing (or after an import that failed to arrive) the check stays in view, with its button.
  const report = importing || importFailed ? checked : (run.data ?? null);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('imports.title')}</Title>
        <Text maw={760}>{t('imports.intro')}</Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Section>
              <KindPicker
                value={kind}
                disabled={run.isPending}
                onChange={(next) => {
                  setKind(next);
                  startOver();
                }}
              />
            </Section>

            <Section title={t('imports.file.legend')}>
              <FileInput
                label={t('imports.file.label')}
                description={t('imports.file.help', { limit })}
                placeholder={t('imports.file.placeholder')}
                accept=".csv,text/csv"
                clearable
                clearButtonProps={{ 'aria-label': t('imports.file.clear') }}
                // Mantine's placeholder grey is too faint on white (axe: colour contrast).
                styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
                disabled={run.isPending}
                leftSection={<IconFileTypeCsv size={18} aria-hidden />}
                value={file}
                onChange={(next) => {
                  setFile(next);
                  startOver();
                }}
                error={fileProblem}
                maw={480}
              />
              {file && !fileProblem && (
                <Text size="sm" mt="xs" className="imports-file-name">
                  {t('imports.file.chosen', { name: file.name, size: formatSize(t, file.size) })}
                </Text>
              )}
            </Section>

            <Section title={t('imports.check.legend')}>
              <Stack gap="md" align="stretch">
                <Text size="sm">{t('imports.check.help')}</Text>
                <Group>
                  <Button
                    leftSection={<IconListCheck size={18} aria-hidden />}
                    disabled={!file || !!fileProblem || importing}
                    loading={run.isPending && !importing}
                    onClick={() => send(true)}
                  >
                    {t('imports.check.button')}
                  </Button>
                </Group>
                {run.isPending && file && (
                  <Group gap="sm" wrap="nowrap" role="status">
                    <Loader size="sm" aria-hidden />
                    <Text size="sm">
                      {t(importing ? 'imports.check.importing' : 'imports.check.checking', {
                        name: file.name,
                        size: formatSize(t, file.size),
                      })}
                    </Text>
                  </Group>
                )}
                <UploadErrorAlert error={run.error} limit={limit} />
                {report && (
                  <ImportResult
                    report={report}
                    checked={checked}
                    importing={importing}
                    onImport={() => send(false)}
                    titleRef={titleRef}
                  />
                )}
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Rules limit={limit} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Section({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      {title && (
        <Title order={2} size="h4" mb="sm">
          {title}
        </Title>
      )}
      {children}
    </Paper>
  );
}

/** The contract's rules for every file, briefly (data-exchange contract, "CSV import"). */
function Rules({ limit }: { limit: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" component="aside" aria-labelledby="imports-rules-title">
      <Title order={2} size="h4" mb="sm" id="imports-rules-title">
        {t('imports.rules.title')}
      </Title>
      <List spacing="xs" size="sm">
        <List.Item>{t('imports.rules.utf8')}</List.Item>
        <List.Item>{t('imports.rules.header')}</List.Item>
        <List.Item>{t('imports.rules.dates')}</List.Item>
        <List.Item>{t('imports.rules.allOrNothing')}</List.Item>
        <List.Item>{t('imports.rules.reimport')}</List.Item>
        <List.Item>
          {t('imports.rules.large', { limit })}{' '}
          <Code className="imports-code">komar import &lt;kind&gt; &lt;file&gt;</Code>
        </List.Item>
      </List>
    </Paper>
  );
}
