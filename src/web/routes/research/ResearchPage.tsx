import { Alert, Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ResearchFilters } from './ResearchFilters.tsx';
import { GenderSection, NationalitySection, RolesSection, SummarySection } from './ResearchSections.tsx';
import { exportUrl, useResearch } from './research-api.ts';
import type { ResearchFilter } from './research-types.ts';

export function ResearchPage() {
  return (
    <RequirePermission permission="research:read">
      <Screen />
    </RequirePermission>
  );
}

const inOrder = (f: ResearchFilter) => !(f.from !== undefined && f.to !== undefined && f.to < f.from);

/**
 * Offender research for researchers and managers: aggregate figures only
 * (the API never sends a name or an id), the tests, and downloads that apply
 * the same filters. The public switch shows here what a shared file would.
 */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('research.title'));
  const [filter, setFilter] = useState<ResearchFilter>({});
  // The last valid choice stays on screen while the form holds an impossible year range.
  const [applied, setApplied] = useState<ResearchFilter>({});
  const research = useResearch(applied);
  const r = research.data;
  const change = (next: ResearchFilter) => {
    setFilter(next);
    if (inOrder(next)) setApplied(next);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('research.title')}</Title>
      <Text size="sm">{t('research.intro')}</Text>
      <ResearchFilters filter={filter} onChange={change} />
      <Group gap="md" align="center" role="group" aria-label={t('research.export.legend')}>
        <Switch
          label={t('research.export.public')}
          description={t('research.export.publicHint')}
          checked={filter.public === true}
          onChange={(e) => change({ ...filter, public: e.currentTarget.checked })}
        />
        <Button
          component="a"
          href={exportUrl(applied, 'xlsx')}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('research.export.xlsx')}
        </Button>
        <Button
          component="a"
          href={exportUrl(applied, 'csv')}
          download
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('research.export.csv')}
        </Button>
      </Group>
      <ApiErrorAlert error={research.error} />
      {research.isPending && <PageLoader />}
      {r && (
        <>
          <SummarySection r={r} />
          {r.total === 0 ? (
            <Alert role="status">{t('research.empty')}</Alert>
          ) : (
            <>
              <GenderSection r={r} />
              <NationalitySection r={r} />
              <RolesSection r={r} />
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('research.method')}
          </Text>
        </>
      )}
    </Stack>
  );
}
