import { Alert, Badge, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconLock, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api-types.ts';
import { Facts, Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { provinceName } from './labels.ts';
import './reports.css';

/** The reporter's own words, as text (React escapes it; nothing is ever read as HTML). */
export function WhatHappened({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <Section id="report-what" title={t('reports.whatHappened')}>
      <Text className="reports-prose" lang={report.language === 'en' ? 'en' : 'km'}>
        {report.description}
      </Text>
    </Section>
  );
}

export function WhereWhen({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="report-where" title={t('reports.whereWhen')}>
      <Facts
        rows={[
          [t('reports.province'), report.province ? provinceName(report.province, locale) : null],
          [
            t('reports.place'),
            report.place ? (
              <span key="place" className="reports-prose">
                {report.place}
              </span>
            ) : null,
          ],
          [t('reports.occurredOn'), report.occurredOn ? formatDate(report.occurredOn, locale) : null],
        ]}
      />
    </Section>
  );
}

/**
 * Reported addresses, defanged, as plain text only: never a link, so no click
 * or preview can open abuse material on a staff machine.
 */
export function ReportedUrls({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  if (report.urls.length === 0) return null;
  return (
    <Section id="report-urls" title={t('reports.urls')}>
      <Alert color="orange.9" variant="outline" c="dark" icon={<IconAlertTriangle aria-hidden />} mb="sm">
        {t('reports.urlsWarning')}
      </Alert>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {report.urls.map((url, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed; the same address may appear twice
          <Paper key={i} component="li" withBorder p="xs" bg="gray.0">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text className="reports-mono" size="sm">
                  {url.defanged}
                </Text>
                {url.reportedBefore > 0 && (
                  <Badge
                    variant="outline"
                    color="orange.9"
                    c="dark"
                    tt="none"
                    maw="100%"
                    h="auto"
                    py={2}
                    styles={{ label: { overflow: 'visible', whiteSpace: 'normal' } }}
                  >
                    {t('reports.reportedBefore', { n: url.reportedBefore })}
                  </Badge>
                )}
              </Stack>
              <CopyButton value={url.defanged} timeout={3000}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? 'filled' : 'light'}
                    size="compact-sm"
                    onClick={copy}
                    aria-label={t('reports.copyUrl', { n: i + 1 })}
                    leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                    style={{ flexShrink: 0 }}
                  >
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}

export function ReporterContact({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const { contact } = report;
  return (
    <Section id="report-contact" title={t('reports.contact')}>
      {contact ? (
        <Facts
          rows={[
            [t('reports.contactName'), contact.name],
            [t('reports.contactPhone'), contact.phone],
            [t('reports.contactEmail'), contact.email],
          ]}
        />
      ) : (
        <Text>{report.contactHidden ? t('reports.contactHidden') : t('reports.anonymous')}</Text>
      )}
    </Section>
  );
}

type Props = { report: ReportDetail; staffName: (id: string | null) => string };

/** The reporter's messages and the staff's internal notes, oldest first, told apart by words, icon and colour. */
export function Timeline({ report, staffName }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="report-timeline" title={t('reports.timeline')}>
      {report.messages.length === 0 ? (
        <Text>{t('reports.noMessages')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {report.messages.map((m, i) => {
            const fromReporter = m.author === 'reporter';
            return (
              <Paper
                // biome-ignore lint/suspicious/noArrayIndexKey: messages are append-only and have no id here
                key={i}
                component="li"
                p="sm"
                bg={fromReporter ? 'blue.0' : 'gray.1'}
                style={{ borderInlineStart: `4px solid var(--mantine-color-${fromReporter ? 'blue-8' : 'gray-6'})` }}
              >
                <Group gap={6} mb={4} wrap="wrap">
                  {fromReporter ? <IconMessage size={16} aria-hidden /> : <IconLock size={16} aria-hidden />}
                  <Text fw={700} size="sm" span>
                    {fromReporter ? t('reports.fromReporter') : t('reports.noteBy', { name: staffName(m.authorId) })}
                  </Text>
                  <Text size="xs" c="dimmed" span>
                    <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, locale)}</time>
                  </Text>
                </Group>
                <Text size="sm" className="reports-prose">
                  {m.body}
                </Text>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
