import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '../../components/TableScroller.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { IndicatorBars } from './IndicatorBars.tsx';
import { courtName, formatMean, formatPercent, formatProgress, increaseText } from './indicator-format.ts';
import type { Series, Target } from './indicator-types.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** "Baseline 2024: 66.7 % · Target (+30 % of the baseline) by 2026: 86.7 %", or why there is none. */
function TargetLine({ target }: { target: Target }) {
  const { t } = useTranslation();
  if (target.baselineYear === null) return <Text size="sm">{t('indicators.target.none')}</Text>;
  if (target.baselineValue === null) {
    return <Text size="sm">{t('indicators.target.noData', { year: target.baselineYear })}</Text>;
  }
  const value = `${formatPercent(target.targetValue)} (${increaseText(target, t)})`;
  return (
    <Text size="sm" fw={600}>
      {t('indicators.target.baseline', { year: target.baselineYear, value: formatPercent(target.baselineValue) })}
      {' · '}
      {target.targetYear === null
        ? t('indicators.target.target', { value })
        : t('indicators.target.targetBy', { year: target.targetYear, value })}
    </Text>
  );
}

/** A right-aligned number column heading. */
const Num = ({ children }: { children: ReactNode }) => (
  <Table.Th scope="col" ta="end">
    {children}
  </Table.Th>
);

export function StandardsSection({ series }: { series: Series }) {
  const { t } = useTranslation();
  const title = t('indicators.standards.title');
  const target = series.targets.standards;
  return (
    <Section id="indicator-standards" title={title}>
      <Text size="sm">{t('indicators.standards.definition')}</Text>
      <TargetLine target={target} />
      <IndicatorBars
        title={title}
        rows={series.years.map((y) => ({ year: y.year, value: y.standards.percent }))}
        baseline={target.baselineValue}
        target={target.targetValue}
      />
      <TableScroller label={title} minWidth={560}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.year')}</Table.Th>
              <Num>{t('indicators.standards.percent')}</Num>
              <Num>{t('indicators.standards.yes')}</Num>
              <Num>{t('indicators.standards.no')}</Num>
              <Num>{t('indicators.standards.notApplicable')}</Num>
              <Num>{t('indicators.standards.cases')}</Num>
              <Num>{t('indicators.progress')}</Num>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.years.map(({ year, standards: s }) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                <Table.Td ta="end" fw={700}>
                  {formatPercent(s.percent)}
                </Table.Td>
                <Table.Td ta="end">{s.yes}</Table.Td>
                <Table.Td ta="end">{s.no}</Table.Td>
                <Table.Td ta="end">{s.notApplicable}</Table.Td>
                <Table.Td ta="end">{s.cases}</Table.Td>
                <Table.Td ta="end">{formatProgress(s.progress)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <Text size="xs" c="dimmed">
        {t('indicators.progressHelp')}
      </Text>
    </Section>
  );
}

export function ChildFriendlySection({ series }: { series: Series }) {
  const { t } = useTranslation();
  const title = t('indicators.childFriendly.title');
  const target = series.targets.childFriendly;
  const measures = series.years[0]?.childFriendly.byMeasure.map((m) => m.measure) ?? [];
  return (
    <Section id="indicator-child-friendly" title={title}>
      <Text size="sm">{t('indicators.childFriendly.definition')}</Text>
      <TargetLine target={target} />
      <IndicatorBars
        title={title}
        rows={series.years.map((y) => ({ year: y.year, value: y.childFriendly.percent }))}
        baseline={target.baselineValue}
        target={target.targetValue}
      />
      <TableScroller label={title} minWidth={560}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.year')}</Table.Th>
              <Num>{t('indicators.childFriendly.percent')}</Num>
              <Num>{t('indicators.childFriendly.hearings')}</Num>
              <Num>{t('indicators.childFriendly.withMeasure')}</Num>
              <Num>{t('indicators.childFriendly.meanMeasures')}</Num>
              <Num>{t('indicators.progress')}</Num>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.years.map(({ year, childFriendly: c }) => (
              <Table.Tr key={year}>
                <Table.Th scope="row">{year}</Table.Th>
                <Table.Td ta="end" fw={700}>
                  {formatPercent(c.percent)}
                </Table.Td>
                <Table.Td ta="end">{c.hearings}</Table.Td>
                <Table.Td ta="end">{c.withMeasure}</Table.Td>
                <Table.Td ta="end">{formatMean(c.meanMeasures)}</Table.Td>
                <Table.Td ta="end">{formatProgress(c.progress)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <Title order={3} size="h5" id="indicator-measures">
        {t('indicators.byMeasure.title')}
      </Title>
      <TableScroller label={t('indicators.byMeasure.title')} minWidth={200 + 90 * series.years.length}>
        <Table verticalSpacing="xs" fz="sm" aria-labelledby="indicator-measures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.byMeasure.measure')}</Table.Th>
              {series.years.map((y) => (
                <Num key={y.year}>{y.year}</Num>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.map((measure) => (
              <Table.Tr key={measure}>
                <Table.Th scope="row" fw={400}>
                  {t(`indicators.measure.${measure}`)}
                </Table.Th>
                {series.years.map((y) => {
                  const m = y.childFriendly.byMeasure.find((b) => b.measure === measure);
                  return (
                    <Table.Td key={y.year} ta="end">
                      {formatPercent(m?.percent ?? null)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Section>
  );
}

/** One row per court, one column per year: the percentage, and the counts behind it. */
function CourtTable({ series, indicator }: { series: Series[]; indicator: 'standards' | 'childFriendly' }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t(`indicators.${indicator}.title`);
  const years = series[0]?.years.map((y) => y.year) ?? [];
  return (
    <TableScroller label={`${title} · ${t('indicators.byCourt.title')}`} minWidth={220 + 110 * years.length}>
      <Table verticalSpacing="xs" fz="sm" captionSide="top">
        <Table.Caption ta="start" c="dark" fw={600} mb={4}>
          {title}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.byCourt.court')}</Table.Th>
            {years.map((y) => (
              <Num key={y}>{y}</Num>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.map((s) => (
            <Table.Tr key={s.court}>
              <Table.Th scope="row" fw={400}>
                {courtName(s.court, locale, t)}
              </Table.Th>
              {s.years.map((y) => {
                const [percent, part, whole] =
                  indicator === 'standards'
                    ? [y.standards.percent, y.standards.yes, y.standards.yes + y.standards.no]
                    : [y.childFriendly.percent, y.childFriendly.withMeasure, y.childFriendly.hearings];
                return (
                  <Table.Td key={y.year} ta="end">
                    <Text span fw={700} fz="sm">
                      {formatPercent(percent)}
                    </Text>
                    {whole > 0 && (
                      <Text fz="xs" c="dimmed">
                        {t('indicators.byCourt.count', { part, whole })}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

export function ByCourtSection({ series }: { series: Series[] }) {
  const { t } = useTranslation();
  return (
    <Section id="indicator-by-court" title={t('indicators.byCourt.title')}>
      <Text size="sm">{t('indicators.byCourt.intro')}</Text>
      <CourtTable series={series} indicator="standards" />
      <CourtTable series={series} indicator="childFriendly" />
    </Section>
  );
}
