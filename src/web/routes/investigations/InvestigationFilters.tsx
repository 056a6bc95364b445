import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_TYPES, INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { yearOptions } from './helpers.ts';
import type { InvestigationsSearch } from './investigations-search.ts';
import { useInvestigationLabels } from './labels.ts';

// Mantine's clear button has no accessible name; an explicit "all" choice is clearer anyway.
const ALL = 'all';
// Two filters a row on a phone, so the list itself starts higher up the screen.
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

type Props = { search: InvestigationsSearch; onChange: (search: InvestigationsSearch) => void };

/** Filters apply as soon as they change. */
export function InvestigationFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const set = (patch: Partial<InvestigationsSearch>) => onChange({ ...search, ...patch });
  const pick = <T extends string>(v: string | null): T | undefined => (!v || v === ALL ? undefined : (v as T));

  return (
    <Group
      component="form"
      aria-label={t('investigations.filters')}
      gap="sm"
      align="flex-end"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('investigations.filter.status')}
        data={[
          { value: ALL, label: t('investigations.filter.allStatuses') },
          ...INVESTIGATION_STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
        ]}
        value={search.status ?? ALL}
        onChange={(v) => set({ status: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 180 }}
      />
      <Select
        label={t('investigations.filter.office')}
        data={[
          { value: ALL, label: t('investigations.filter.allOffices') },
          ...offices.map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
        ]}
        value={search.office ?? ALL}
        onChange={(v) => set({ office: pick(v) })}
        allowDeselect={false}
        searchable
        w={{ base: HALF, xs: 200 }}
      />
      <Select
        label={t('investigations.filter.type')}
        data={[
          { value: ALL, label: t('investigations.filter.allTypes') },
          ...EXPLOITATION_TYPES.map((c) => ({ value: c, label: labels.type(c) })),
        ]}
        value={search.type ?? ALL}
        onChange={(v) => set({ type: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 180 }}
      />
      <Select
        label={t('investigations.filter.year')}
        data={[
          { value: ALL, label: t('investigations.filter.allYears') },
          ...yearOptions(new Date().getFullYear()).map((y) => ({ value: String(y), label: String(y) })),
        ]}
        value={search.year ? String(search.year) : ALL}
        onChange={(v) => set({ year: v && v !== ALL ? Number(v) : undefined })}
        allowDeselect={false}
        w={{ base: HALF, xs: 140 }}
      />
      <Select
        label={t('investigations.filter.police')}
        data={[
          { value: ALL, label: t('investigations.filter.anyPolice') },
          { value: 'national', label: t('investigations.police.national') },
          { value: 'foreign', label: t('investigations.police.foreign') },
        ]}
        value={search.police ?? ALL}
        onChange={(v) => set({ police: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 200 }}
      />
      <Switch
        label={t('investigations.filter.mine')}
        checked={!!search.mine}
        onChange={(e) => set({ mine: e.currentTarget.checked || undefined })}
        mb={8}
      />
    </Group>
  );
}
