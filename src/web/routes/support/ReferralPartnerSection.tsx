import { Anchor, Paper, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useMe } from '../../hooks.ts';
import { can } from '../../session.ts';
import { ReferralList, type StepTarget } from './ReferralList.tsx';
import { ReferralStepModal } from './ReferralStepModal.tsx';
import { type Referral, useReferrals } from './referrals-api.ts';

/** On a partner's page: the open referrals to it, of the cases the reader may see. */
export function PartnerReferrals({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const canWrite = can(useMe(), 'support:write');
  const referrals = useReferrals({ partnerId, status: 'open' });
  const [dialog, setDialog] = useState<{ referral: Referral; to: StepTarget } | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="partner-referrals">
      <Title order={2} size="h3" id="partner-referrals" mb="sm">
        {t('referrals.partner.title')}
      </Title>
      <ApiErrorAlert error={referrals.error} />
      {referrals.isPending && <PageLoader />}
      {referrals.data?.length === 0 && <Text size="sm">{t('referrals.partner.none')}</Text>}
      {referrals.data && referrals.data.length > 0 && (
        <ReferralList
          referrals={referrals.data}
          titleBy="case"
          onStep={canWrite ? (referral, to) => setDialog({ referral, to }) : undefined}
        />
      )}
      <Anchor renderRoot={(props) => <Link to="/support/referrals" {...props} />} size="sm" mt="sm" display="block">
        {t('referrals.partner.all')}
      </Anchor>
      {dialog && <ReferralStepModal referral={dialog.referral} to={dialog.to} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
