import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_NEXT, type ReferralStatus } from '../../../shared/referrals.ts';
import { supportCaseNumber } from '../../../shared/support.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { usePartnerCodeLabels } from '../partners/labels.ts';
import type { Referral } from './referrals-api.ts';
import { STATUS_COLOUR, useReferralStatusLabel } from './referrals-labels.ts';

/** Badges cut their text short when a column is narrow; these few words must always show in full. */
const NO_TRUNCATION = { label: { overflow: 'visible', whiteSpace: 'normal' as const } };

export type StepTarget = Exclude<ReferralStatus, 'sent'>;

type Props = {
  referrals: Referral[];
  /** What names each referral: the partner (on a case) or the case (on a partner's list). */
  titleBy: 'partner' | 'case';
  /** Shown only to staff who may work the case (`support:write`). */
  onStep?: (referral: Referral, to: StepTarget) => void;
};

/** Referrals as cards: the steps so far, with dates and who recorded them, and the next steps as buttons. */
export function ReferralList({ referrals, titleBy, onStep }: Props) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {referrals.map((referral) => (
        <ReferralCard key={referral.id} referral={referral} titleBy={titleBy} onStep={onStep} />
      ))}
    </Stack>
  );
}

function ReferralCard({ referral: r, titleBy, onStep }: { referral: Referral } & Omit<Props, 'referrals'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const statusLabel = useReferralStatusLabel();
  const codes = usePartnerCodeLabels();
  const title =
    titleBy === 'partner' ? (
      <Anchor renderRoot={(props) => <Link to="/partners/$id" params={{ id: r.partner.id }} {...props} />} fw={700}>
        {r.partner.name}
      </Anchor>
    ) : (
      <Anchor renderRoot={(props) => <Link to="/support/$id" params={{ id: r.caseId }} {...props} />} fw={700}>
        {supportCaseNumber(r.caseNumber)}
      </Anchor>
    );
  const named = titleBy === 'partner' ? r.partner.name : supportCaseNumber(r.caseNumber);
  const stepText = (key: string, step: Referral['accepted']) =>
    step ? t(key, { date: formatDate(step.on, locale), name: step.by.name }) : null;
  const steps = [
    stepText('referrals.sentOn', r.sent),
    stepText('referrals.acceptedOn', r.accepted),
    stepText('referrals.declinedOn', r.declined),
    stepText('referrals.completedOn', r.completed),
  ].filter((s): s is string => s !== null);
  const open = r.status === 'sent' || r.status === 'accepted';
  return (
    <Paper component="li" withBorder p="sm" bg={open ? undefined : 'gray.0'}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text component="h3" m={0} size="md" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          <Group gap={6}>
            <Badge variant="dot" color={STATUS_COLOUR[r.status]} c="dark" tt="none" styles={NO_TRUNCATION} h="auto">
              {statusLabel(r.status)}
            </Badge>
            <Badge variant="outline" color="gray" c="dark" tt="none" styles={NO_TRUNCATION} h="auto">
              {codes.service(r.service)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">{steps.join(' · ')}</Text>
        {open && (
          <Text size="sm" fw={r.days > 14 ? 700 : undefined}>
            {t('referrals.waitingDays', { n: r.days })}
          </Text>
        )}
        {r.reason && <Note label={t('referrals.field.reason')}>{r.reason}</Note>}
        {r.declineReason && <Note label={t('referrals.field.declineReason')}>{r.declineReason}</Note>}
        {r.outcome && <Note label={t('referrals.field.outcome')}>{r.outcome}</Note>}
        {onStep && REFERRAL_NEXT[r.status].length > 0 && (
          <Group gap="xs">
            {REFERRAL_NEXT[r.status].map((to) => (
              <Button
                key={to}
                size="compact-sm"
                variant={to === 'declined' ? 'outline' : 'light'}
                color={to === 'declined' ? 'red.9' : undefined}
                onClick={() => onStep(r, to as StepTarget)}
                aria-label={t(`referrals.action.${to}Named`, { name: named })}
              >
                {t(`referrals.action.${to}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** A labelled block of staff text; line breaks are kept, long words wrap. */
function Note({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} c="dark.6">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
