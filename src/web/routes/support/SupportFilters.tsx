import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORT_STATUSES } from '../../../shared/support.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useSupportLabels } from './labels.ts';
import type { SupportSearch } from './support-search.ts';

// An explicit "all" choice: Mantine's clear button has no accessible name.
const ALL = 'all';
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

type Props = { search: SupportSearch; onChange: (search: SupportSearch) => void };

/** Filters apply as soon as they change. */
export function SupportFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const set = (patch: Partial<SupportSearch>) => onChange({ ...search, ...patch });
  const pick = <T extends string>(v: string | null): T | undefined => (!v || v === ALL ? undefined : (v as T));
  return (
    <Group
      component="form"
      aria-label={t('support.filters')}
      gap="sm"
      align="flex-end"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('support.filter.status')}
        data={[
          { value: ALL, label: t('support.filter.allStatuses') },
          ...SUPPORT_STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
        ]}
        value={search.status ?? ALL}
        onChange={(v) => set({ status: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 200 }}
      />
      <Select
        label={t('support.filter.office')}
        data={[
          { value: ALL, label: t('support.filter.allOffices') },
          ...offices.map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
        ]}
        value={search.office ?? ALL}
        onChange={(v) => set({ office: pick(v) })}
        allowDeselect={false}
        w={{ base: HALF, xs: 200 }}
      />
      <Switch
        label={t('support.filter.mine')}
        checked={!!search.mine}
        onChange={(e) => set({ mine: e.currentTarget.checked || undefined })}
        mb={8}
      />
      <Switch
        label={t('support.filter.overdue')}
        checked={!!search.overdue}
        onChange={(e) => set({ overdue: e.currentTarget.checked || undefined })}
        mb={8}
      />
    </Group>
  );
}
