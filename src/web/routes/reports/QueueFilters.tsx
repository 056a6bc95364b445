import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_CHANNELS, REPORT_STATUSES } from '../../../shared/reports.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useReportLabels } from './labels.ts';
import type { QueueSearch } from './queue-search.ts';

// Mantine's clear button has no accessible name; an explicit "all" choice is clearer anyway.
const ALL = 'all';
// Two filters a row on a phone, so the queue itself starts higher up the screen.
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

type Props = { search: QueueSearch; onChange: (search: QueueSearch) => void };

/** Filters apply as soon as they change: an operator on a phone should not hunt for an Apply button. */
export function QueueFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const set = (patch: Partial<QueueSearch>) => onChange({ ...search, ...patch });

  return (
    <Group
      component="form"
      aria-label={t('reports.filters')}
      gap="sm"
      align="flex-end"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('reports.filter.status')}
        data={[
          { value: 'open', label: t('reports.filter.open') },
          ...REPORT_STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
        ]}
        value={search.status ?? 'open'}
        onChange={(v) => set({ status: !v || v === 'open' ? undefined : (v as QueueSearch['status']) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 200 }}
      />
      <Select
        label={t('reports.filter.channel')}
        data={[
          { value: ALL, label: t('reports.filter.allChannels') },
          ...REPORT_CHANNELS.map((c) => ({ value: c, label: labels.channel(c) })),
        ]}
        value={search.channel ?? ALL}
        onChange={(v) => set({ channel: !v || v === ALL ? undefined : (v as QueueSearch['channel']) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 200 }}
      />
      <Select
        label={t('reports.filter.office')}
        data={[
          { value: ALL, label: t('reports.filter.allOffices') },
          ...offices.map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
        ]}
        value={search.office ?? ALL}
        onChange={(v) => set({ office: !v || v === ALL ? undefined : v })}
        allowDeselect={false}
        searchable
        w={{ base: HALF, xs: 220 }}
      />
      <Switch
        label={t('reports.filter.mine')}
        checked={!!search.mine}
        onChange={(e) => set({ mine: e.currentTarget.checked || undefined })}
        mb={8}
      />
    </Group>
  );
}
