import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES } from '../../../shared/referrals.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { can } from '../../session.ts';
import { useKindLabel } from '../partners/labels.ts';
import { usePartners } from '../partners/partners-api.ts';
import { ReferralList, type StepTarget } from './ReferralList.tsx';
import { ReferralStepModal } from './ReferralStepModal.tsx';
import { type Referral, type ReferralFilter, useReferrals } from './referrals-api.ts';
import { useReferralStatusLabel } from './referrals-labels.ts';

export function ReferralsPage() {
  return (
    <RequirePermission permission="support:read">
      <Screen />
    </RequirePermission>
  );
}

// Mantine's clear button has no accessible name; an explicit "all" choice is clearer anyway.
const ALL = 'all';
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

/** Referrals grouped by partner, in the order the server sorts them (partner name, then oldest first). */
function byPartner(referrals: Referral[]) {
  const groups = new Map<string, { partner: Referral['partner']; items: Referral[] }>();
  for (const r of referrals) {
    const group = groups.get(r.partner.id) ?? { partner: r.partner, items: [] };
    group.items.push(r);
    groups.set(r.partner.id, group);
  }
  return [...groups.values()];
}

function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.page.title'));
  const canWrite = can(useMe(), 'support:write');
  const statusLabel = useReferralStatusLabel();
  const kindLabel = useKindLabel();
  const [status, setStatus] = useState<ReferralFilter>('open');
  const [partnerId, setPartnerId] = useState<string>(ALL);
  const partners = usePartners({ active: 'all' });
  const referrals = useReferrals({ status, partnerId: partnerId === ALL ? undefined : partnerId });
  const groups = useMemo(() => byPartner(referrals.data ?? []), [referrals.data]);
  const [dialog, setDialog] = useState<{ referral: Referral; to: StepTarget } | null>(null);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('referrals.page.title')}</Title>
        <Text>{t('referrals.page.intro')}</Text>
      </Stack>
      <Group
        component="form"
        aria-label={t('referrals.page.filter')}
        gap="sm"
        align="flex-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <Select
          label={t('referrals.field.partner')}
          searchable
          data={[
            { value: ALL, label: t('referrals.page.allPartners') },
            ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={partnerId}
          onChange={(v) => setPartnerId(v ?? ALL)}
          allowDeselect={false}
          w={{ base: HALF, xs: 280 }}
        />
        <Select
          label={t('referrals.field.status')}
          data={[
            { value: 'open', label: t('referrals.page.open') },
            ...REFERRAL_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
            { value: 'all', label: t('referrals.page.allStatuses') },
          ]}
          value={status}
          onChange={(v) => setStatus((v as ReferralFilter | null) ?? 'open')}
          allowDeselect={false}
          w={{ base: HALF, xs: 220 }}
        />
      </Group>
      <ApiErrorAlert error={referrals.error} />
      {referrals.isPending && <PageLoader />}
      {referrals.data && (
        <Text size="sm" aria-live="polite">
          {t('referrals.page.count', { n: referrals.data.length })}
        </Text>
      )}
      {referrals.data?.length === 0 && <Text>{t('referrals.page.none')}</Text>}
      {groups.map(({ partner, items }) => (
        <Paper key={partner.id} withBorder p="md" component="section" aria-labelledby={`partner-${partner.id}`}>
          <Group gap="xs" mb="sm" align="center">
            <Title order={2} size="h3" id={`partner-${partner.id}`} style={{ overflowWrap: 'anywhere' }}>
              <Anchor
                renderRoot={(props) => <Link to="/partners/$id" params={{ id: partner.id }} {...props} />}
                inherit
              >
                {partner.name}
              </Anchor>
            </Title>
            <Badge variant="light" color="gray" c="dark" tt="none">
              {kindLabel(partner.kind)}
            </Badge>
            <Text size="sm">{t('referrals.page.groupCount', { n: items.length })}</Text>
          </Group>
          <ReferralList
            referrals={items}
            titleBy="case"
            onStep={canWrite ? (referral, to) => setDialog({ referral, to }) : undefined}
          />
        </Paper>
      ))}
      {dialog && <ReferralStepModal referral={dialog.referral} to={dialog.to} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
