import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type AnnualReport, PROGRAMMES, reportYears } from './annual-rows.ts';
import { ProgrammeSection } from './ProgrammeSection.tsx';

export function AnnualReportPage() {
  return (
    <RequirePermission permission="annual:read">
      <Screen />
    </RequirePermission>
  );
}

function useAnnualReport(year: number) {
  return useQuery({
    queryKey: ['annual', year],
    queryFn: () => api<AnnualReport>('GET', `/api/annual/${year}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * The year's figures by programme, beside the previous year's, as the
 * organisation publishes them; the last full year is shown first. Downloads
 * are plain links: the browser saves the file the server sends (audited there).
 */
function Screen() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  usePageTitle(t('annual.titleOfYear', { year }));
  const report = useAnnualReport(year);
  const data = report.data;

  return (
    <Stack gap="md">
      <Title order={1}>{t('annual.titleOfYear', { year })}</Title>
      <Text size="sm">{t('annual.intro', { previous: year - 1 })}</Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('annual.year')}
          data={reportYears(thisYear)}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
        <Group gap="xs" role="group" aria-label={t('annual.download')}>
          <Button
            component="a"
            href={`/api/annual/${year}/download/xlsx`}
            download
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          >
            {t('annual.downloadXlsx')}
          </Button>
          <Button
            component="a"
            href={`/api/annual/${year}/download/pdf`}
            download
            variant="default"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
          >
            {t('annual.downloadPdf')}
          </Button>
        </Group>
      </Group>
      <ApiErrorAlert error={report.error} />
      {report.isPending && <PageLoader />}
      {data && (
        <Stack gap="md" aria-busy={report.isFetching} data-year={data.current.year}>
          {PROGRAMMES.map((p) => (
            <ProgrammeSection key={p} programme={p} report={data} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
