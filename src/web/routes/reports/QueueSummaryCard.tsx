import { Badge, Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconInbox } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useQueueSummary } from './reports-api.ts';

/**
 * The home page's way into the queue, with what needs attention now. Counts
 * come from the first 200 open reports (emergencies first); a "+" says when
 * there may be more.
 */
export function QueueSummaryCard() {
  const { t } = useTranslation();
  const summary = useQueueSummary(true).data;
  const items = summary?.items ?? [];
  const more = !!summary && summary.total > items.length;
  const count = (n: number) => `${n}${more ? '+' : ''}`;
  const emergencies = items.filter((i) => i.emergency).length;
  const overdue = items.filter((i) => i.breached).length;
  return (
    <Card withBorder component={Link} to="/reports" padding="lg">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" aria-hidden>
          <IconInbox size={20} />
        </ThemeIcon>
        <div>
          <Text fw={700} component="h3" m={0} size="md">
            {t('home.queueTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('home.reportsCard')}
          </Text>
          {summary && (
            <Group gap="xs" mt="xs">
              <Badge variant="outline" color="gray" c="dark" tt="none">
                {t('home.queueOpen', { n: summary.total })}
              </Badge>
              {emergencies > 0 && (
                <Badge color="red.9" tt="none" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
                  {t('home.queueEmergencies', { n: emergencies === items.length ? count(emergencies) : emergencies })}
                </Badge>
              )}
              {overdue > 0 && (
                <Badge
                  color="red.9"
                  variant="outline"
                  tt="none"
                  leftSection={<IconClockExclamation size={14} aria-hidden />}
                >
                  {t('home.queueOverdue', { n: count(overdue) })}
                </Badge>
              )}
            </Group>
          )}
        </div>
      </Group>
    </Card>
  );
}
