import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { type CalendarItem, useReminders } from './court-api.ts';
import { courtCaseNumber, useCourtLabels } from './labels.ts';

/**
 * Hearings within the reminder window for the cases this user works on (all
 * the office's for a manager). Only the hearings of one case when `courtCaseId` is given.
 */
export function RemindersPanel({ courtCaseId }: { courtCaseId?: string }) {
  const { t } = useTranslation();
  const reminders = useReminders();
  const items = (reminders.data?.items ?? []).filter((i) => !courtCaseId || i.courtCase.id === courtCaseId);
  if (!reminders.data || items.length === 0) return null;
  return (
    // The title sits in the body: an orange alert title is too pale to read (contrast).
    <Alert color="orange" variant="light" icon={<IconBell aria-hidden />}>
      <Text fw={700} mb={4}>
        {t('court.reminders.title', { days: reminders.data.reminderDays })}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((item) => (
          <List.Item key={item.id}>
            <ReminderLine item={item} showCase={!courtCaseId} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ReminderLine({ item, showCase }: { item: CalendarItem & { daysUntil: number }; showCase: boolean }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const when =
    item.daysUntil === 0
      ? t('court.reminders.today')
      : item.daysUntil === 1
        ? t('court.reminders.tomorrow')
        : t('court.reminders.inDays', { days: item.daysUntil });
  return (
    <Text size="sm" span>
      <strong>{when}</strong> · {formatDate(item.date, currentLocale())}
      {item.time ? ` ${item.time}` : ''} · {labels.hearingType(item.type)} · {labels.court(item.courtCase.courtCode)}
      {showCase && (
        <>
          {' · '}
          <Anchor
            renderRoot={(props) => <Link to="/court/$id" params={{ id: item.courtCase.id }} {...props} />}
            size="sm"
            ff="monospace"
          >
            {courtCaseNumber(item.courtCase.number)}
          </Anchor>
        </>
      )}
    </Text>
  );
}
