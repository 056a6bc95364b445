import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { StandardsChecklist } from '../indicators/StandardsChecklist.tsx';
import { type CourtCaseDetail, useCourtCase } from './court-api.ts';
import { DefendantsSection } from './DefendantsSection.tsx';
import { HearingsSection } from './HearingsSection.tsx';
import { courtCaseNumber, useCourtLabels } from './labels.ts';
import { OverviewSection } from './OverviewSection.tsx';
import { RemindersPanel } from './RemindersPanel.tsx';
import { VerdictSection } from './VerdictSection.tsx';

const route = getRouteApi('/app/court/$id');
const TABS = ['overview', 'defendants', 'hearings', 'verdict', 'standards'] as const;
type Tab = (typeof TABS)[number];

export function CourtCasePage() {
  return (
    <RequirePermission permission="court:read">
      <Screen />
    </RequirePermission>
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor renderRoot={(props) => <Link to="/court" {...props} />} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('court.backToList')}
      </Group>
    </Anchor>
  );
}

function Screen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const courtCase = useCourtCase(id);
  // The number only: never a person's name in a title.
  usePageTitle(courtCase.data ? courtCaseNumber(courtCase.data.number) : t('court.title'));
  if (courtCase.isPending) return <PageLoader />;
  if (courtCase.error) {
    return (
      <Stack gap="md">
        <BackToList />
        <ApiErrorAlert
          error={
            courtCase.error instanceof ApiError && courtCase.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : courtCase.error
          }
        />
      </Stack>
    );
  }
  return <CaseView courtCase={courtCase.data} />;
}

function CaseView({ courtCase: c }: { courtCase: CourtCaseDetail }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const officeLabel = useOfficeLabel();
  const [tab, setTab] = useState<Tab>('overview');
  const counts: Partial<Record<Tab, number>> = { defendants: c.defendants.length, hearings: c.hearings.length };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToList />
        <Title order={1}>
          {t('court.word')}{' '}
          <Text span inherit ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {courtCaseNumber(c.number)}
          </Text>
        </Title>
        <Group gap="xs">
          <Badge variant="light" color={c.verdict ? 'teal' : 'blue'}>
            {labels.stage(c.stage)}
          </Badge>
          {c.verdict && (
            <Badge variant="light" color="grape">
              {labels.verdict(c.verdict)}
            </Badge>
          )}
          <Text size="sm" span>
            {[labels.court(c.courtCode), officeLabel(c.officeCode)].join(' · ')}
          </Text>
        </Group>
        <RemindersPanel courtCaseId={c.id} />
      </Stack>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'overview')} keepMounted={false}>
        <Tabs.List aria-label={t('court.tabs')}>
          {TABS.map((key) => (
            <Tabs.Tab
              key={key}
              value={key}
              rightSection={
                counts[key] ? (
                  <Badge size="sm" variant="light" color="gray" c="dark" circle>
                    {counts[key]}
                  </Badge>
                ) : undefined
              }
            >
              {labels.tab(key)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewSection courtCase={c} />
        </Tabs.Panel>
        <Tabs.Panel value="defendants" pt="md">
          <DefendantsSection courtCase={c} />
        </Tabs.Panel>
        <Tabs.Panel value="hearings" pt="md">
          <HearingsSection courtCase={c} />
        </Tabs.Panel>
        <Tabs.Panel value="verdict" pt="md">
          <VerdictSection courtCase={c} />
        </Tabs.Panel>
        <Tabs.Panel value="standards" pt="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('court.standards.title')}
            </Title>
            <StandardsChecklist courtCaseId={c.id} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
