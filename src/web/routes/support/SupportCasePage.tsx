import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconUsersGroup } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportCaseNumber } from '../../../shared/support.ts';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AssignModal } from './AssignModal.tsx';
import { AssessmentModal, ConsentModal, PlacementModal } from './CareModals.tsx';
import { ClosureTab } from './ClosureTab.tsx';
import { FollowUpsTab } from './FollowUpsTab.tsx';
import { useSupportLabels } from './labels.ts';
import { OverviewTab } from './OverviewTab.tsx';
import { ReferralsSection } from './ReferralsSection.tsx';
import { ServicesTab } from './ServicesTab.tsx';
import { RiskBadge, SupportStatusBadge } from './SupportBadges.tsx';
import { SupportTabs } from './SupportTabs.tsx';
import { useSupportCase, useSupportMutations } from './support-api.ts';
import { rememberedSupportSearch } from './support-search.ts';
import type { SupportDetail } from './support-types.ts';

const route = getRouteApi('/app/support/$id');

export function SupportCasePage() {
  return (
    <RequirePermission permission="support:read">
      <Screen />
    </RequirePermission>
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor
      renderRoot={(props) => <Link to="/support" search={rememberedSupportSearch() as never} {...props} />}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('support.backToList')}
      </Group>
    </Anchor>
  );
}

function Screen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const supportCase = useSupportCase(id);
  // The number only: never a client's name in a title.
  usePageTitle(supportCase.data ? supportCaseNumber(supportCase.data.number) : t('support.title'));
  if (supportCase.isPending) return <PageLoader />;
  if (supportCase.error) {
    return (
      <Stack gap="md">
        <BackToList />
        <ApiErrorAlert
          error={
            supportCase.error instanceof ApiError && supportCase.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : supportCase.error
          }
        />
      </Stack>
    );
  }
  return <CaseView supportCase={supportCase.data} />;
}

type Dialog = 'assess' | 'consent' | 'place' | 'assign' | null;

function CaseView({ supportCase: c }: { supportCase: SupportDetail }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  const mutations = useSupportMutations(c.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    for (const m of Object.values(mutations)) m.reset();
    setDialog(null);
  };
  const base = { supportCase: c, onClose: close };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToList />
        <Title order={1}>
          {t('support.word')}{' '}
          <Text span inherit ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {supportCaseNumber(c.number)}
          </Text>
        </Title>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {c.client.displayName} · {labels.clientKind(c.clientKind)}
        </Text>
        <Group gap="xs">
          <SupportStatusBadge status={c.status} />
          {c.riskLevel && <RiskBadge risk={c.riskLevel} />}
          <Text size="sm" span>
            {[
              c.officeCode ? officeLabel(c.officeCode) : null,
              t('support.openedOn', { date: formatDate(c.openedOn, locale) }),
              c.closedOn ? t('support.closedOn', { date: formatDate(c.closedOn, locale) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Group>
        {c.actions.includes('edit') && (
          <Group gap="xs" mt="xs">
            <Button
              variant="default"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
              onClick={() => setDialog('assign')}
            >
              {t('support.assign.button')}
            </Button>
          </Group>
        )}
      </Stack>

      <SupportTabs
        supportCase={c}
        panels={{
          overview: (
            <OverviewTab
              supportCase={c}
              mutations={mutations}
              onAssess={() => setDialog('assess')}
              onConsent={() => setDialog('consent')}
              onPlace={() => setDialog('place')}
            />
          ),
          services: <ServicesTab supportCase={c} mutation={mutations.service} />,
          followUps: <FollowUpsTab supportCase={c} add={mutations.followUp} done={mutations.followUpDone} />,
          referrals: <ReferralsSection caseId={c.id} />,
          closure: <ClosureTab supportCase={c} request={mutations.requestClosure} decide={mutations.decideClosure} />,
        }}
      />

      {dialog === 'assess' && <AssessmentModal {...base} mutation={mutations.assessment} />}
      {dialog === 'consent' && <ConsentModal {...base} mutation={mutations.consent} />}
      {dialog === 'place' && <PlacementModal {...base} mutation={mutations.placement} />}
      {dialog === 'assign' && <AssignModal supportCase={c} mutations={mutations} onClose={close} />}
    </Stack>
  );
}
