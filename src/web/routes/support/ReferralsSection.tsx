import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useMe } from '../../hooks.ts';
import { can } from '../../session.ts';
import { ReferralList, type StepTarget } from './ReferralList.tsx';
import { ReferralSendModal } from './ReferralSendModal.tsx';
import { ReferralStepModal } from './ReferralStepModal.tsx';
import { type Referral, useReferrals } from './referrals-api.ts';

type Dialog = { kind: 'send' } | { kind: 'step'; referral: Referral; to: StepTarget };

/** The referrals of one support case to partners; mounted on the support case page. */
export function ReferralsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const canWrite = can(me, 'support:write');
  const referrals = useReferrals({ caseId, status: 'all' });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-referrals">
      <Group justify="space-between" gap="xs" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="case-referrals">
          {t('referrals.section.title')}
        </Title>
        {canWrite && (
          <Button
            variant="light"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'send' })}
          >
            {t('referrals.send.open')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={referrals.error} />
      {referrals.isPending && <PageLoader />}
      {referrals.data?.length === 0 && <Text size="sm">{t('referrals.section.none')}</Text>}
      {referrals.data && referrals.data.length > 0 && (
        <ReferralList
          referrals={referrals.data}
          titleBy="partner"
          onStep={canWrite ? (referral, to) => setDialog({ kind: 'step', referral, to }) : undefined}
        />
      )}
      {dialog?.kind === 'send' && <ReferralSendModal caseId={caseId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'step' && (
        <ReferralStepModal referral={dialog.referral} to={dialog.to} onClose={() => setDialog(null)} />
      )}
    </Paper>
  );
}
