import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COURTS } from '../../../shared/court.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can } from '../../session.ts';
import { ByCourtSection, ChildFriendlySection, StandardsSection } from './IndicatorSections.tsx';
import { courtName, yearOptions } from './indicator-format.ts';
import type { FiguresFilter } from './indicator-types.ts';
import { useFigures } from './indicators-api.ts';

export function IndicatorsPage() {
  return (
    <RequirePermission permission="indicators:read">
      <Screen />
    </RequirePermission>
  );
}

const ALL = 'all';
const yearValue = (y: number | undefined) => (y === undefined ? null : String(y));

/**
 * Years and court: applied as soon as they change. Until a year is chosen the
 * server's default (the last five years) is shown as the choice.
 */
function FilterForm({
  filter,
  shown,
  onChange,
}: {
  filter: FiguresFilter;
  shown: { from?: number; to?: number };
  onChange: (f: FiguresFilter) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const years = yearOptions(new Date().getFullYear());
  const courts = [
    { value: ALL, label: t('indicators.filter.allCourts') },
    ...COURTS.map((c) => ({ value: c.code, label: c[locale] })),
  ];
  const wrongOrder = filter.from !== undefined && filter.to !== undefined && filter.to < filter.from;
  return (
    <Group align="flex-start" gap="sm" role="group" aria-label={t('indicators.filter.legend')}>
      <Select
        label={t('indicators.filter.from')}
        data={years}
        value={yearValue(filter.from ?? shown.from)}
        onChange={(v) => onChange({ ...filter, from: v ? Number(v) : undefined, to: filter.to ?? shown.to })}
        allowDeselect={false}
        w={{ base: '100%', xs: 130 }}
      />
      <Select
        label={t('indicators.filter.to')}
        data={years}
        value={yearValue(filter.to ?? shown.to)}
        onChange={(v) => onChange({ ...filter, to: v ? Number(v) : undefined, from: filter.from ?? shown.from })}
        allowDeselect={false}
        error={wrongOrder ? t('indicators.filter.toBeforeFrom') : undefined}
        w={{ base: '100%', xs: 130 }}
      />
      <Select
        label={t('indicators.filter.court')}
        data={courts}
        value={filter.court ?? ALL}
        onChange={(v) => onChange({ ...filter, court: v && v !== ALL ? v : undefined })}
        allowDeselect={false}
        searchable
        w={{ base: '100%', xs: 320 }}
      />
    </Group>
  );
}

/** The objective's two indicators by year: chart and table each, the baseline and target, then by court. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.title'));
  const me = useMe();
  const locale = currentLocale();
  const [filter, setFilter] = useState<FiguresFilter>({});
  // The last valid choice stays on screen while the form holds an impossible one.
  const [applied, setApplied] = useState<FiguresFilter>({});
  const figures = useFigures(applied);
  const data = figures.data;
  const main = data?.series[0];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>{t('indicators.title')}</Title>
        {can(me, 'settings:manage') && (
          <Anchor renderRoot={(props) => <Link to="/admin/indicators" {...props} />} size="sm">
            <Group gap={4} component="span">
              <IconSettings size={16} aria-hidden />
              {t('indicators.settingsLink')}
            </Group>
          </Anchor>
        )}
      </Group>
      <Text size="sm">{t('indicators.intro')}</Text>
      <FilterForm
        filter={filter}
        shown={{ from: data?.from, to: data?.to }}
        onChange={(next) => {
          setFilter(next);
          if (!(next.from !== undefined && next.to !== undefined && next.to < next.from)) setApplied(next);
        }}
      />
      <ApiErrorAlert error={figures.error} />
      {data && (
        <Text fw={700} role="status">
          {t('indicators.period', { from: data.from, to: data.to, court: courtName(data.court, locale, t) })}
        </Text>
      )}
      {figures.isPending && <PageLoader />}
      {main && (
        <>
          <StandardsSection series={main} />
          <ChildFriendlySection series={main} />
          {data.series.length > 1 && <ByCourtSection series={data.series.slice(1)} />}
        </>
      )}
    </Stack>
  );
}
