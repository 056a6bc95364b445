import { Anchor, Badge, Button, Card, Group, SimpleGrid, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { KIND_COLOUR, useKindLabel } from './labels.ts';
import { AgreementBadge, ServiceBadges } from './PartnerBadges.tsx';
import type { Partner } from './partners-api.ts';

type Props = {
  partners: Partner[];
  canManage: boolean;
  onEdit: (partner: Partner) => void;
  onToggleActive: (partner: Partner) => void;
};

/** The directory as cards: contact details are several lines of text, which a table squeezes on a phone. */
export function PartnerList({ partners, canManage, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const locale = currentLocale();
  return (
    <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {partners.map((partner) => (
        <Card component="li" key={partner.id} withBorder padding="md" bg={partner.active ? undefined : 'gray.0'}>
          <Stack gap="sm" h="100%">
            <Stack gap={6}>
              <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
                {/* The name opens the partner's page: its agreements and open referrals. */}
                <Anchor
                  renderRoot={(props) => <Link to="/partners/$id" params={{ id: partner.id }} {...props} />}
                  inherit
                >
                  {partner.name}
                </Anchor>
              </Title>
              <Group gap={6}>
                <Badge size="lg" variant="light" color={KIND_COLOUR[partner.kind]} c="dark.8" tt="none">
                  {kindLabel(partner.kind)}
                </Badge>
                {!partner.active && (
                  <Badge size="lg" variant="outline" color="gray" c="dark" tt="none">
                    {t('partners.inactive')}
                  </Badge>
                )}
                {partner.country && (
                  <Group gap={4} wrap="nowrap">
                    <IconWorld size={16} aria-hidden />
                    <Text size="sm">{countryName(partner.country, locale)}</Text>
                  </Group>
                )}
              </Group>
            </Stack>
            {partner.serviceCodes.length > 0 && <ServiceBadges codes={partner.serviceCodes} />}
            {partner.agreements.some((a) => a.state === 'expired' || a.state === 'expiring') && (
              <Group gap={6}>
                {partner.agreements
                  .filter((a) => a.state === 'expired' || a.state === 'expiring')
                  .map((a) => (
                    <AgreementBadge key={a.id} agreement={a} />
                  ))}
              </Group>
            )}
            {partner.services && <Field label={t('partners.field.services')}>{partner.services}</Field>}
            {partner.contact && <Field label={t('partners.field.contact')}>{partner.contact}</Field>}
            {partner.notes && (
              <Field label={t('partners.field.notes')}>
                <Spoiler
                  maxHeight={66}
                  showLabel={t('partners.showMore')}
                  hideLabel={t('partners.showLess')}
                  styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
                >
                  {partner.notes}
                </Spoiler>
              </Field>
            )}
            {canManage && (
              <Group gap="xs" mt="auto" pt="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onEdit(partner)}
                  aria-label={t('partners.editNamed', { name: partner.name })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="outline"
                  color={partner.active ? 'red.9' : undefined}
                  onClick={() => onToggleActive(partner)}
                  aria-label={
                    partner.active
                      ? t('partners.activate.deactivateNamed', { name: partner.name })
                      : t('partners.activate.reactivateNamed', { name: partner.name })
                  }
                >
                  {partner.active ? t('partners.activate.deactivate') : t('partners.activate.reactivate')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** A labelled block of free text; line breaks typed by staff are kept, long words (emails) wrap. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700} c="dark.6">
        {label}
      </Text>
      <Text component="div" size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
