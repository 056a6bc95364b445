import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { type CalendarItem, useHearingsCalendar } from './court-api.ts';
import { courtCaseNumber, monthRange, useCourtLabels } from './labels.ts';
import { RemindersPanel } from './RemindersPanel.tsx';

export function HearingsPage() {
  return (
    <RequirePermission permission="court:read">
      <Screen />
    </RequirePermission>
  );
}

/** A month of hearings in the user's scope, day by day, with the reminders on top. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('court.calendar.title'));
  const [offset, setOffset] = useState(0);
  const range = monthRange(dayjs().format('YYYY-MM-DD'), offset);
  const calendar = useHearingsCalendar(range.from, range.to);
  const locale = currentLocale();
  const monthLabel = dayjs(`${range.month}-01`)
    .locale(locale === 'km' ? 'km' : 'en-gb')
    .format('MMMM YYYY');
  const days = new Map<string, CalendarItem[]>();
  for (const item of calendar.data ?? []) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return (
    <Stack gap="md">
      <Anchor renderRoot={(props) => <Link to="/court" {...props} />} size="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('court.backToList')}
        </Group>
      </Anchor>
      <Title order={1}>{t('court.calendar.title')}</Title>
      <RemindersPanel />
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Button
          variant="default"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          onClick={() => setOffset(offset - 1)}
        >
          {t('court.calendar.previous')}
        </Button>
        <Text fw={700} role="status" ta="center">
          {monthLabel}
        </Text>
        <Button
          variant="default"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          onClick={() => setOffset(offset + 1)}
        >
          {t('court.calendar.next')}
        </Button>
      </Group>
      <ApiErrorAlert error={calendar.error} />
      {calendar.isPending ? (
        <PageLoader />
      ) : days.size === 0 ? (
        <Text>{t('court.calendar.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...days].map(([date, items]) => (
            <Card component="li" key={date} withBorder padding="sm">
              <Title order={2} size="h4" mb={6}>
                <time dateTime={date}>{formatDate(date, locale)}</time>
              </Title>
              <Stack gap={6}>
                {items.map((item) => (
                  <CalendarLine key={item.id} item={item} />
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function CalendarLine({ item }: { item: CalendarItem }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor
        renderRoot={(props) => <Link to="/court/$id" params={{ id: item.courtCase.id }} {...props} />}
        ff="monospace"
      >
        {courtCaseNumber(item.courtCase.number)}
      </Anchor>
      <Text size="sm">
        {item.time ? `${item.time} · ` : ''}
        {labels.hearingType(item.type)} · {labels.court(item.courtCase.courtCode)}
      </Text>
      {item.childTestified && (
        <Badge variant="light" color="teal" c="dark" tt="none">
          {t('court.hearings.testified')}
        </Badge>
      )}
    </Group>
  );
}
