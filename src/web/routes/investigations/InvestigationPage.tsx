import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowsRightLeft, IconLockOpen, IconPencil, IconUsersGroup } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AddPersonModal } from './AddPersonModal.tsx';
import { AddEvidenceModal, HandOverModal } from './EvidenceModals.tsx';
import { EvidenceSection } from './EvidenceSection.tsx';
import { investigationNumber, nextStatuses } from './helpers.ts';
import { InvestigationStatusBadge } from './InvestigationBadges.tsx';
import { EditModal, StatusModal, TeamModal } from './InvestigationModals.tsx';
import { History, LinkedReports, Overview } from './InvestigationSections.tsx';
import { InvestigationTabs } from './InvestigationTabs.tsx';
import type { EvidenceItem, InvestigationDetail, InvestigationPerson } from './investigation-types.ts';
import { useInvestigation, useInvestigationMutations } from './investigations-api.ts';
import { rememberedInvestigationsSearch } from './investigations-search.ts';
import { useInvestigationLabels } from './labels.ts';
import { NotesSection } from './NotesSection.tsx';
import { ArrestModal, ProfileModal, RescueModal } from './OutcomeModals.tsx';
import { People } from './PeopleSection.tsx';
import { AddAgencyModal, LiaisonModal } from './PoliceModals.tsx';
import { AgenciesSection, LiaisonSection } from './PoliceSections.tsx';
import { TasksSection } from './TasksSection.tsx';

const route = getRouteApi('/app/investigations/$id');

export function InvestigationPage() {
  return (
    <RequirePermission permission="investigations:read">
      <InvestigationScreen />
    </RequirePermission>
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor
      renderRoot={(props) => <Link to="/investigations" search={rememberedInvestigationsSearch()} {...props} />}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('investigations.backToList')}
      </Group>
    </Anchor>
  );
}

function InvestigationScreen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const investigation = useInvestigation(id);
  // The number only: never a person's name in a title.
  usePageTitle(investigation.data ? investigationNumber(investigation.data.number) : t('investigations.title'));
  if (investigation.isPending) return <PageLoader />;
  if (investigation.error) {
    return (
      <Stack gap="md">
        <BackToList />
        {/* A malformed id in the address is, for the reader, simply an investigation that is not there. */}
        <ApiErrorAlert
          error={
            investigation.error instanceof ApiError && investigation.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : investigation.error
          }
        />
      </Stack>
    );
  }
  return <InvestigationView investigation={investigation.data} />;
}

type Dialog =
  | { kind: 'status' | 'edit' | 'team' | 'person' | 'evidence' | 'agency' | 'liaison' }
  | { kind: 'arrest' | 'rescue' | 'profile'; person: InvestigationPerson }
  | { kind: 'handOver'; item: EvidenceItem; number: number }
  | null;

function InvestigationView({ investigation: inv }: { investigation: InvestigationDetail }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  const mutations = useInvestigationMutations(inv.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    for (const m of Object.values(mutations)) m.reset();
    setDialog(null);
  };
  const may = (a: InvestigationDetail['actions'][number]) => inv.actions.includes(a);
  const base = { investigation: inv, onClose: close };
  const dates = [
    t('investigations.openedOn', { date: formatDate(inv.openedOn, locale) }),
    inv.caseOpenedOn && t('investigations.caseOpenedOn', { date: formatDate(inv.caseOpenedOn, locale) }),
    inv.closedOn && t('investigations.closedOn', { date: formatDate(inv.closedOn, locale) }),
  ].filter(Boolean);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToList />
        <Title order={1}>
          {t('investigations.word')}{' '}
          <Text span inherit ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {investigationNumber(inv.number)}
          </Text>
        </Title>
        <Group gap="xs">
          <InvestigationStatusBadge status={inv.status} />
          <Text size="sm" span>
            {[inv.officeCode ? officeLabel(inv.officeCode) : null, labels.type(inv.exploitationType)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
        <Text size="sm">{dates.join(' · ')}</Text>
        {inv.lookEndsAt && (
          <Alert color="orange" variant="light" icon={<IconLockOpen aria-hidden />} mt="xs">
            {t('investigations.look.banner', { time: formatDateTime(inv.lookEndsAt, locale) })}
          </Alert>
        )}
        {(may('status') || may('edit') || may('team')) && (
          <Group gap="xs" mt="xs">
            {may('status') && nextStatuses(inv.status).length > 0 && (
              <Button
                leftSection={<IconArrowsRightLeft size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'status' })}
              >
                {t('investigations.statusModal.button')}
              </Button>
            )}
            {may('edit') && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'edit' })}
              >
                {t('common.edit')}
              </Button>
            )}
            {may('team') && (
              <Button
                variant="default"
                leftSection={<IconUsersGroup size={16} aria-hidden />}
                onClick={() => setDialog({ kind: 'team' })}
              >
                {t('investigations.team.button')}
              </Button>
            )}
          </Group>
        )}
      </Stack>

      <InvestigationTabs
        investigation={inv}
        panels={{
          overview: (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
                <Overview investigation={inv} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
                <Stack gap="lg">
                  <LinkedReports investigation={inv} mutation={mutations.linkReport} />
                  <History investigation={inv} />
                </Stack>
              </Grid.Col>
            </Grid>
          ),
          people: (
            <People
              investigation={inv}
              onAdd={() => setDialog({ kind: 'person' })}
              onArrest={(person) => setDialog({ kind: 'arrest', person })}
              onRescue={(person) => setDialog({ kind: 'rescue', person })}
              onProfile={(person) => setDialog({ kind: 'profile', person })}
            />
          ),
          work: (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TasksSection investigation={inv} add={mutations.task} done={mutations.taskDone} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <NotesSection investigation={inv} mutation={mutations.note} />
              </Grid.Col>
            </Grid>
          ),
          evidence: (
            <EvidenceSection
              investigation={inv}
              onAdd={() => setDialog({ kind: 'evidence' })}
              onHandOver={(item, number) => setDialog({ kind: 'handOver', item, number })}
            />
          ),
          police: (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 5 }}>
                <AgenciesSection investigation={inv} onAdd={() => setDialog({ kind: 'agency' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <LiaisonSection investigation={inv} onAdd={() => setDialog({ kind: 'liaison' })} />
              </Grid.Col>
            </Grid>
          ),
        }}
      />

      {dialog?.kind === 'status' && <StatusModal {...base} mutation={mutations.status} />}
      {dialog?.kind === 'edit' && <EditModal {...base} mutation={mutations.edit} />}
      {dialog?.kind === 'team' && <TeamModal {...base} mutation={mutations.team} />}
      {dialog?.kind === 'person' && <AddPersonModal {...base} mutation={mutations.addPerson} />}
      {dialog?.kind === 'arrest' && <ArrestModal {...base} person={dialog.person} mutation={mutations.arrest} />}
      {dialog?.kind === 'rescue' && <RescueModal {...base} person={dialog.person} mutation={mutations.rescue} />}
      {dialog?.kind === 'profile' && <ProfileModal {...base} person={dialog.person} mutation={mutations.profile} />}
      {dialog?.kind === 'evidence' && <AddEvidenceModal {...base} mutation={mutations.evidence} />}
      {dialog?.kind === 'handOver' && (
        <HandOverModal {...base} item={dialog.item} number={dialog.number} mutation={mutations.transfer} />
      )}
      {dialog?.kind === 'agency' && <AddAgencyModal {...base} mutation={mutations.agency} />}
      {dialog?.kind === 'liaison' && <LiaisonModal {...base} mutation={mutations.liaison} />}
    </Stack>
  );
}
