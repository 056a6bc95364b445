import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, PROGRAMMES } from '../../../shared/events.ts';
import { PROVINCES } from '../../../shared/provinces.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { EventFilters as Filters } from './event-types.ts';
import { useEventLabels } from './labels.ts';

// Mantine's clear button has no accessible name; an explicit "all" choice is clearer anyway.
const ALL = 'all';
// Two filters a row on a phone, so the list starts higher up the screen.
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

export function yearOptions(thisYear: number, from = 2003): number[] {
  const years: number[] = [];
  for (let y = thisYear; y >= from; y--) years.push(y);
  return years;
}

type Props = { filters: Filters; onChange: (filters: Filters) => void };

/** Filters apply as soon as they change; the totals follow them. */
export function EventFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const locale = currentLocale();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const pick = (v: string | null) => (!v || v === ALL ? undefined : v);

  return (
    <Group
      component="form"
      aria-label={t('events.filters')}
      gap="sm"
      align="flex-end"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('events.filter.year')}
        data={[
          { value: ALL, label: t('events.filter.allYears') },
          ...yearOptions(new Date().getFullYear()).map((y) => ({ value: String(y), label: String(y) })),
        ]}
        value={filters.year ? String(filters.year) : ALL}
        onChange={(v) => set({ year: v && v !== ALL ? Number(v) : undefined })}
        allowDeselect={false}
        w={{ base: HALF, xs: 140 }}
      />
      <Select
        label={t('events.filter.type')}
        data={[
          { value: ALL, label: t('events.filter.allTypes') },
          ...EVENT_TYPES.map((c) => ({ value: c, label: labels.type(c) })),
        ]}
        value={filters.type ?? ALL}
        onChange={(v) => set({ type: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 220 }}
      />
      <Select
        label={t('events.filter.province')}
        data={[
          { value: ALL, label: t('events.filter.allProvinces') },
          ...PROVINCES.map((p) => ({ value: p.code, label: p[locale] })),
        ]}
        value={filters.province ?? ALL}
        onChange={(v) => set({ province: pick(v) })}
        allowDeselect={false}
        searchable
        w={{ base: HALF, xs: 200 }}
      />
      <Select
        label={t('events.filter.programme')}
        data={[
          { value: ALL, label: t('events.filter.allProgrammes') },
          ...PROGRAMMES.map((c) => ({ value: c, label: labels.programme(c) })),
        ]}
        value={filters.programme ?? ALL}
        onChange={(v) => set({ programme: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 240 }}
      />
    </Group>
  );
}
