import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventTotals as Totals } from './event-types.ts';
import { formatCount } from './labels.ts';

/** The totals of every event the filters match (not only the page shown). */
export function EventTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const figures = [
    { key: 'events', label: t('events.totals.events'), value: totals.events },
    { key: 'participants', label: t('events.totals.participants'), value: totals.participants },
    { key: 'female', label: t('events.totals.female'), value: totals.female },
    { key: 'children', label: t('events.totals.children'), value: totals.children },
  ];
  return (
    <section aria-label={t('events.totals.label')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
        {figures.map((f) => (
          <Paper key={f.key} withBorder p="sm" radius="md" data-total={f.key}>
            <Text component="dt" size="sm" c="dimmed">
              {f.label}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
              {formatCount(f.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
