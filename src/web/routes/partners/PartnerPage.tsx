import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconWorld } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { countryName } from '../../countries.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { PartnerReferrals } from '../support/ReferralPartnerSection.tsx';
import { AgreementsSection } from './AgreementsSection.tsx';
import { KIND_COLOUR, useKindLabel } from './labels.ts';
import { ServiceBadges } from './PartnerBadges.tsx';
import { PartnerFormModal } from './PartnerModals.tsx';
import { usePartner } from './partners-api.ts';

const route = getRouteApi('/app/partners/$id');

export function PartnerPage() {
  return (
    <RequirePermission permission="partners:read">
      <Screen />
    </RequirePermission>
  );
}

/** One partner: what it offers, how to reach it, its agreements, and the open referrals to it. */
function Screen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const me = useMe();
  const canManage = can(me, 'partners:manage');
  const partner = usePartner(id);
  const kindLabel = useKindLabel();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  usePageTitle(partner.data?.name ?? t('partners.title'));

  const back = (
    <Anchor renderRoot={(props) => <Link to="/partners" {...props} />} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('partners.backToList')}
      </Group>
    </Anchor>
  );
  if (partner.isPending) return <PageLoader />;
  if (!partner.data)
    return (
      <Stack>
        {back}
        <ApiErrorAlert error={partner.error} />
      </Stack>
    );
  const p = partner.data;
  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {p.name}
          </Title>
          <Group gap={6}>
            <Badge size="lg" variant="light" color={KIND_COLOUR[p.kind]} c="dark.8" tt="none">
              {kindLabel(p.kind)}
            </Badge>
            {!p.active && (
              <Badge size="lg" variant="outline" color="gray" c="dark" tt="none">
                {t('partners.inactive')}
              </Badge>
            )}
            {p.country && (
              <Group gap={4} wrap="nowrap">
                <IconWorld size={16} aria-hidden />
                <Text size="sm">{countryName(p.country, locale)}</Text>
              </Group>
            )}
          </Group>
        </Stack>
        {canManage && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" component="section" aria-labelledby="partner-services">
        <Title order={2} size="h3" id="partner-services" mb="sm">
          {t('partners.detail.services')}
        </Title>
        <Stack gap="sm">
          {p.serviceCodes.length > 0 ? (
            <ServiceBadges codes={p.serviceCodes} />
          ) : (
            <Text size="sm">{t('partners.detail.noServiceCodes')}</Text>
          )}
          {p.services && <Block label={t('partners.field.services')}>{p.services}</Block>}
          {p.contact && <Block label={t('partners.field.contact')}>{p.contact}</Block>}
          {p.notes && <Block label={t('partners.field.notes')}>{p.notes}</Block>}
        </Stack>
      </Paper>

      <AgreementsSection partner={p} canManage={canManage} />
      {can(me, 'support:read') && <PartnerReferrals partnerId={p.id} />}

      {editing && (
        <PartnerFormModal
          partner={p}
          onClose={() => setEditing(false)}
          onSaved={() => {
            notify(t('partners.form.saved'));
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}

function Block({ label, children }: { label: string; children: ReactNode }) {
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
