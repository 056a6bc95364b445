import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COURT_STAGES, COURTS } from '../../../shared/court.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { CourtFilters as Filters } from './court-api.ts';
import { useCourtLabels } from './labels.ts';

// An explicit "all" choice: Mantine's clear button has no accessible name.
const ALL = 'all';
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

export function yearOptions(thisYear: number): number[] {
  return Array.from({ length: thisYear - 2002 }, (_, i) => thisYear - i);
}

/** Office, stage, court and year (opened); they apply as soon as they change. */
export function CourtFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const pick = (v: string | null) => (!v || v === ALL ? undefined : v);
  return (
    <Group
      component="form"
      aria-label={t('court.filters')}
      gap="sm"
      align="flex-end"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('court.filter.office')}
        data={[
          { value: ALL, label: t('court.filter.allOffices') },
          ...offices.map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
        ]}
        value={value.office ?? ALL}
        onChange={(v) => set({ office: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 180 }}
      />
      <Select
        label={t('court.filter.stage')}
        data={[
          { value: ALL, label: t('court.filter.allStages') },
          ...COURT_STAGES.map((s) => ({ value: s, label: labels.stage(s) })),
        ]}
        value={value.stage ?? ALL}
        onChange={(v) => set({ stage: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 180 }}
      />
      <Select
        label={t('court.filter.court')}
        data={[
          { value: ALL, label: t('court.filter.allCourts') },
          ...COURTS.map((c) => ({ value: c.code, label: labels.court(c.code) })),
        ]}
        value={value.court ?? ALL}
        onChange={(v) => set({ court: pick(v) })}
        allowDeselect={false}
        searchable
        w={{ base: HALF, xs: 240 }}
      />
      <Select
        label={t('court.filter.year')}
        data={[
          { value: ALL, label: t('court.filter.allYears') },
          ...yearOptions(new Date().getFullYear()).map((y) => ({ value: String(y), label: String(y) })),
        ]}
        value={value.year ? String(value.year) : ALL}
        onChange={(v) => set({ year: v && v !== ALL ? Number(v) : undefined })}
        allowDeselect={false}
        w={{ base: HALF, xs: 140 }}
      />
    </Group>
  );
}
