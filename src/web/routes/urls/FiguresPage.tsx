import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { Section } from '../../components/Section.tsx';
import { TableScroller } from '../../components/TableScroller.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { countryName } from '../../countries.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatDays, formatPercent } from './labels.ts';
import type { UrlFigures } from './url-types.ts';
import { useUrlFigures } from './urls-api.ts';
import { type FiguresSearch, isIsoDate, rememberedUrlsSearch } from './urls-search.ts';

const route = getRouteApi('/app/urls/figures');

export function FiguresPage() {
  return (
    <RequirePermission permission="urls:assess">
      <FiguresScreen />
    </RequirePermission>
  );
}

/** The range form; the applied range lives in the address, so a reload or a shared link shows the same figures. */
function RangeForm({ search, onApply }: { search: FiguresSearch; onApply: (s: FiguresSearch) => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { from: search.from ?? '', to: search.to ?? '' },
    validate: {
      from: (v) => (!v || isIsoDate(v) ? null : t('validation.date')),
      to: (v, values) =>
        v && !isIsoDate(v)
          ? t('validation.date')
          : v && values.from && v < values.from
            ? t('urls.figures.toBeforeFrom')
            : null,
    },
  });
  return (
    <form
      aria-label={t('urls.figures.range')}
      onSubmit={form.onSubmit((v) => onApply({ from: v.from || undefined, to: v.to || undefined }))}
      onReset={() => {
        form.setValues({ from: '', to: '' });
        onApply({});
      }}
      noValidate
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          type="date"
          label={t('urls.figures.from')}
          w={{ base: '100%', xs: 180 }}
          {...form.getInputProps('from')}
        />
        <TextInput
          type="date"
          label={t('urls.figures.to')}
          w={{ base: '100%', xs: 180 }}
          {...form.getInputProps('to')}
        />
        <Group gap="sm">
          <Button type="submit">{t('urls.figures.apply')}</Button>
          <Button type="reset" variant="default">
            {t('urls.figures.clear')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fz={28} fw={700} component="dd" m={0}>
        {value}
      </Text>
    </Paper>
  );
}

function Figures({ figures }: { figures: UrlFigures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { total } = figures;
  const rows = figures.byCountry
    .map((r) => ({ ...r, name: r.country ? countryName(r.country, locale) : t('urls.figures.noCountry') }))
    // Largest first, as the server orders them; the same count in name order of the reader's language;
    // addresses with no country recorded last.
    .sort(
      (a, b) =>
        Number(a.country === null) - Number(b.country === null) ||
        b.assessed - a.assessed ||
        a.name.localeCompare(b.name, locale),
    );
  return (
    <Stack gap="lg">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 3 }} spacing="sm" m={0}>
        <Stat label={t('urls.figures.assessed')} value={String(total.assessed)} />
        <Stat
          label={t('urls.figures.illegalPercent')}
          value={total.assessed ? formatPercent(total.illegalPercent) : '—'}
        />
        <Stat label={t('urls.figures.medianDays')} value={formatDays(total.medianDaysToRemoval)} />
      </SimpleGrid>
      <Section id="figures-by-country" title={t('urls.figures.byCountry')}>
        {rows.length === 0 ? (
          <Text>{t('urls.figures.none')}</Text>
        ) : (
          <TableScroller label={t('urls.figures.byCountry')} minWidth={520}>
            <Table verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('urls.figures.country')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('urls.figures.assessed')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('urls.figures.illegal')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('urls.figures.illegalPercent')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('urls.figures.medianDays')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.country ?? 'none'}>
                    <Table.Th scope="row" fw={400}>
                      {r.name}
                    </Table.Th>
                    <Table.Td ta="end">{r.assessed}</Table.Td>
                    <Table.Td ta="end">{r.illegal}</Table.Td>
                    <Table.Td ta="end">{formatPercent(r.illegalPercent)}</Table.Td>
                    <Table.Td ta="end">{formatDays(r.medianDaysToRemoval)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
        )}
      </Section>
    </Stack>
  );
}

/** The internet hotline's published figures: URLs assessed, the share illegal, days to removal, by hosting country. */
function FiguresScreen() {
  const { t } = useTranslation();
  usePageTitle(t('urls.figures.title'));
  const locale = currentLocale();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const figures = useUrlFigures(search);
  const from = formatDate(search.from, locale);
  const to = formatDate(search.to, locale);
  const period =
    search.from && search.to
      ? t('urls.figures.period', { from, to })
      : search.from
        ? t('urls.figures.since', { from })
        : search.to
          ? t('urls.figures.until', { to })
          : t('urls.figures.allTime');

  return (
    <Stack gap="md">
      <Anchor
        renderRoot={(props) => <Link to="/urls" search={rememberedUrlsSearch()} {...props} />}
        size="sm"
        w="fit-content"
      >
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('urls.backToList')}
        </Group>
      </Anchor>
      <Title order={1}>{t('urls.figures.title')}</Title>
      <Text size="sm">{t('urls.figures.intro')}</Text>
      <RangeForm search={search} onApply={(next) => void navigate({ search: next, replace: true })} />
      <ApiErrorAlert error={figures.error} />
      <Text fw={700} role="status">
        {period}
      </Text>
      {figures.isPending ? <PageLoader /> : figures.data ? <Figures figures={figures.data} /> : null}
    </Stack>
  );
}
