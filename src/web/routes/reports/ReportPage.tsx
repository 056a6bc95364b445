import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconArrowsJoin } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import type { ReportDetail } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { Section } from '../../components/Section.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { useMe, useUsers } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can } from '../../session.ts';
import { CloseReportModal } from './CloseReportModal.tsx';
import { Handling } from './Handling.tsx';
import { fromNow, useReportLabels } from './labels.ts';
import { MergeReportModal } from './MergeReportModal.tsx';
import { NoteForm } from './NoteForm.tsx';
import { rememberedQueueSearch } from './queue-search.ts';
import { Deadline, EmergencyBadge, StatusBadge } from './ReportBadges.tsx';
import { ReportedUrls, ReporterContact, Timeline, WhatHappened, WhereWhen } from './ReportSections.tsx';
import { useReport, useReportMutations } from './reports-api.ts';
import { TriagePanel } from './TriagePanel.tsx';

const route = getRouteApi('/app/reports/$id');

export function ReportPage() {
  return (
    <RequirePermission permission="reports:read">
      <ReportScreen />
    </RequirePermission>
  );
}

function BackToQueue() {
  const { t } = useTranslation();
  return (
    <Anchor
      renderRoot={(props) => <Link to="/reports" search={rememberedQueueSearch()} {...props} />}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('reports.backToQueue')}
      </Group>
    </Anchor>
  );
}

function ReportScreen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const report = useReport(id);
  usePageTitle(report.data ? t('reports.detailTitle', { code: report.data.trackingCode }) : t('reports.title'));
  if (report.isPending) return <PageLoader />;
  if (report.error) {
    return (
      <Stack gap="md">
        <BackToQueue />
        {/* A malformed id in the address is, for the reader, simply a report that is not there. */}
        <ApiErrorAlert
          error={
            report.error instanceof ApiError && report.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : report.error
          }
        />
      </Stack>
    );
  }
  return <ReportView report={report.data} />;
}

/** Staff names: from the staff list when the user may read it, else only "you" or "someone else". */
function useStaffNames() {
  const { t } = useTranslation();
  const me = useMe();
  const users = useUsers(can(me, 'users:read')).data;
  const nameOf = (id: string | null) => users?.find((u) => u.id === id)?.name;
  return {
    noteAuthor: (id: string | null) => (id === me.user.id ? t('reports.you') : (nameOf(id) ?? t('reports.colleague'))),
    assignee: (id: string) =>
      id === me.user.id ? t('reports.me', { name: me.user.name }) : (nameOf(id) ?? t('reports.someoneElse')),
  };
}

function ReportView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useReportLabels();
  const locale = currentLocale();
  const staff = useStaffNames();
  const mutations = useReportMutations(report.id);
  const [dialog, setDialog] = useState<'close' | 'merge' | null>(null);
  const closeDialog = () => {
    mutations.close.reset();
    mutations.merge.reset();
    setDialog(null);
  };
  const mergedInto = report.mergedInto;
  const may = (action: ReportDetail['actions'][number]) => report.actions.includes(action);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToQueue />
        <Title order={1}>
          {t('reports.reportWord')}{' '}
          <Text span inherit ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {report.trackingCode}
          </Text>
        </Title>
        <Group gap="xs">
          {report.emergency && <EmergencyBadge />}
          <StatusBadge status={report.status} />
          <Deadline item={report} />
        </Group>
        <Text size="sm">
          {labels.category(report.category)} · {labels.channel(report.channel)} · {t('reports.receivedAt')}{' '}
          <time dateTime={report.receivedAt}>
            {fromNow(report.receivedAt, locale)} ({formatDateTime(report.receivedAt, locale)})
          </time>
          {report.acknowledgedAt &&
            ` · ${t('reports.acknowledgedAt', { time: formatDateTime(report.acknowledgedAt, locale) })}`}
        </Text>
        {can(me, 'investigations:write') && report.status !== 'closed' && (
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link to="/investigations" search={{ newFromReport: report.trackingCode }} {...props} />
            )}
          >
            {t('investigations.fromReport')}
          </Anchor>
        )}
      </Stack>

      {report.status === 'closed' && (
        <Alert color="gray" variant="outline" c="dark" icon={<IconArchive aria-hidden />}>
          {t('reports.closedBecause', {
            reason: report.closeReason ? labels.closeReason(report.closeReason) : '—',
          })}
          {mergedInto && (
            <>
              {' '}
              <Anchor renderRoot={(props) => <Link to="/reports/$id" params={{ id: mergedInto }} {...props} />}>
                {t('reports.openMergedInto')}
              </Anchor>
            </>
          )}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
          <Stack gap="lg">
            <WhatHappened report={report} />
            <WhereWhen report={report} />
            <ReportedUrls report={report} />
            <ReporterContact report={report} />
            <Timeline report={report} staffName={staff.noteAuthor} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
          <Stack gap="lg">
            {may('triage') ? (
              <TriagePanel
                key={[report.status, report.officeCode, report.assigneeId, report.emergency].join('|')}
                report={report}
                me={me}
                mutation={mutations.triage}
              />
            ) : (
              <Handling report={report} assigneeName={staff.assignee} />
            )}
            {may('note') && <NoteForm mutation={mutations.note} />}
            {(may('close') || may('merge')) && (
              <Section id="report-more" title={t('reports.moreActions')}>
                <Stack gap="sm" align="flex-start">
                  {may('close') && (
                    <Button
                      variant="outline"
                      color="red.9"
                      leftSection={<IconArchive size={16} aria-hidden />}
                      onClick={() => setDialog('close')}
                    >
                      {t('reports.close')}
                    </Button>
                  )}
                  {may('merge') && (
                    <Button
                      variant="outline"
                      color="red.9"
                      leftSection={<IconArrowsJoin size={16} aria-hidden />}
                      onClick={() => setDialog('merge')}
                    >
                      {t('reports.merge')}
                    </Button>
                  )}
                </Stack>
              </Section>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      {dialog === 'close' && <CloseReportModal report={report} mutation={mutations.close} onClose={closeDialog} />}
      {dialog === 'merge' && <MergeReportModal report={report} mutation={mutations.merge} onClose={closeDialog} />}
    </Stack>
  );
}
