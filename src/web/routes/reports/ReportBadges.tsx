import { Badge, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../api-types.ts';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useReportLabels } from './labels.ts';

const STATUS_COLOURS: Record<string, string> = {
  new: 'blue',
  triaged: 'violet',
  assigned: 'indigo',
  in_review: 'orange',
  linked: 'teal',
  referred: 'cyan',
  closed: 'gray',
};

/** Badges cut their text short when a table column is narrow; these few words must always show in full. */
const NO_TRUNCATION = { label: { overflow: 'visible' } };

/** A longer badge may wrap onto two lines in a narrow column rather than lose its time. */
const WRAPPING = { label: { overflow: 'visible', whiteSpace: 'normal' } } as const;

/** Red, with an icon and the word: never colour alone. */
export function EmergencyBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="red.9"
      variant="filled"
      tt="none"
      leftSection={<IconAlertTriangle size={14} aria-hidden />}
      styles={NO_TRUNCATION}
    >
      {t('reports.emergency')}
    </Badge>
  );
}

/** A dot of colour beside the status in words, in the normal text colour (contrast stays high). */
export function StatusBadge({ status }: { status: string }) {
  const labels = useReportLabels();
  return (
    <Badge variant="dot" color={STATUS_COLOURS[status] ?? 'gray'} tt="none" c="dark" styles={NO_TRUNCATION}>
      {labels.status(status)}
    </Badge>
  );
}

type DeadlineItem = Pick<QueueItem, 'breached' | 'acknowledgedAt' | 'ackDueAt'>;

/**
 * The acknowledgement deadline: overdue in red, pending as a time to beat,
 * "acknowledged" (or nothing) once the first triage change has acknowledged it.
 */
export function Deadline({ item, showAcknowledged }: { item: DeadlineItem; showAcknowledged?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time = formatDateTime(item.ackDueAt, locale);
  if (item.breached) {
    return (
      <Badge
        color="red.9"
        variant="outline"
        tt="none"
        leftSection={<IconClockExclamation size={14} aria-hidden />}
        h="auto"
        py={2}
        styles={WRAPPING}
      >
        {t('reports.overdueSince', { time })}
      </Badge>
    );
  }
  if (!item.acknowledgedAt) {
    return (
      <Text size="sm" span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
        <IconClockHour4 size={14} aria-hidden style={{ flexShrink: 0 }} />
        {t('reports.ackBy', { time })}
      </Text>
    );
  }
  return showAcknowledged ? (
    <Text size="sm" c="dimmed" span>
      {t('reports.acknowledged')}
    </Text>
  ) : null;
}
