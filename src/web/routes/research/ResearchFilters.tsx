import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_TYPES } from '../../../shared/investigations.ts';
import { RESEARCH_PERIODS, type ResearchPeriod } from '../../../shared/research.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { ResearchFilter } from './research-types.ts';

const ALL = 'all';
const FIRST_YEAR = 2003; // the organisation's first investigations

function yearOptions(): { value: string; label: string }[] {
  const last = new Date().getFullYear();
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => String(last - i)).map((y) => ({ value: y, label: y }));
}

/** Period (arrest or opening, a year range), office and exploitation type; applied as they change. */
export function ResearchFilters({
  filter,
  onChange,
}: {
  filter: ResearchFilter;
  onChange: (f: ResearchFilter) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const years = [{ value: ALL, label: t('research.filter.anyYear') }, ...yearOptions()];
  const pick = (v: string | null) => (v && v !== ALL ? v : undefined);
  const wrongOrder = filter.from !== undefined && filter.to !== undefined && filter.to < filter.from;
  const width = { base: '100%', xs: 200 };
  return (
    <Group align="flex-start" gap="sm" role="group" aria-label={t('research.filter.legend')}>
      <Select
        label={t('research.filter.period')}
        data={RESEARCH_PERIODS.map((p) => ({ value: p, label: t(`research.filter.periods.${p}`) }))}
        value={filter.period ?? 'arrest'}
        onChange={(v) => onChange({ ...filter, period: (v ?? 'arrest') as ResearchPeriod })}
        allowDeselect={false}
        w={width}
      />
      <Select
        label={t('research.filter.from')}
        data={years}
        value={filter.from === undefined ? ALL : String(filter.from)}
        onChange={(v) => onChange({ ...filter, from: pick(v) ? Number(v) : undefined })}
        allowDeselect={false}
        w={{ base: '100%', xs: 130 }}
      />
      <Select
        label={t('research.filter.to')}
        data={years}
        value={filter.to === undefined ? ALL : String(filter.to)}
        onChange={(v) => onChange({ ...filter, to: pick(v) ? Number(v) : undefined })}
        allowDeselect={false}
        error={wrongOrder ? t('research.filter.toBeforeFrom') : undefined}
        w={{ base: '100%', xs: 130 }}
      />
      <Select
        label={t('research.filter.office')}
        data={[
          { value: ALL, label: t('research.filter.allOffices') },
          ...offices.map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
        ]}
        value={filter.office ?? ALL}
        onChange={(v) => onChange({ ...filter, office: pick(v) })}
        allowDeselect={false}
        w={width}
      />
      <Select
        label={t('research.filter.type')}
        data={[
          { value: ALL, label: t('research.filter.allTypes') },
          ...EXPLOITATION_TYPES.map((c) => ({ value: c, label: t(`investigations.type.${c}`) })),
        ]}
        value={filter.exploitationType ?? ALL}
        onChange={(v) => onChange({ ...filter, exploitationType: pick(v) })}
        allowDeselect={false}
        w={width}
      />
    </Group>
  );
}
