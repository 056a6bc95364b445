import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerService } from '../../../shared/referrals.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AGREEMENT_STATE_COLOUR, usePartnerCodeLabels } from './labels.ts';
import type { Agreement } from './partners-api.ts';

/** Badges cut their text short when a column is narrow; these few words must always show in full. */
const NO_TRUNCATION = { label: { overflow: 'visible', whiteSpace: 'normal' as const } };

/** The services a partner offers, as a list a screen reader announces as one. */
export function ServiceBadges({ codes }: { codes: readonly PartnerService[] }) {
  const { t } = useTranslation();
  const labels = usePartnerCodeLabels();
  return (
    <Group
      component="ul"
      gap={6}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('partners.field.serviceCodes')}
    >
      {codes.map((code) => (
        <Badge component="li" key={code} variant="outline" color="gray" c="dark" tt="none" styles={NO_TRUNCATION}>
          {labels.service(code)}
        </Badge>
      ))}
    </Group>
  );
}

/** "MoU: expires 8 Jun 2026" with a dot in the colour of its state; the words carry the meaning. */
export function AgreementBadge({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const labels = usePartnerCodeLabels();
  const locale = currentLocale();
  const date = formatDate(agreement.expiresOn, locale);
  const text =
    agreement.state === 'expired'
      ? t('partners.agreements.expiredOn', { kind: labels.agreementKind(agreement.kind), date })
      : agreement.state === 'expiring'
        ? t('partners.agreements.expiresOn', { kind: labels.agreementKind(agreement.kind), date })
        : labels.agreementKind(agreement.kind);
  return (
    <Badge
      variant="dot"
      size="lg"
      color={AGREEMENT_STATE_COLOUR[agreement.state]}
      c="dark"
      tt="none"
      styles={NO_TRUNCATION}
      h="auto"
    >
      {text}
    </Badge>
  );
}

/** The state of an agreement in words: "Expired", "Expires within 90 days", "Current", "No end date". */
export function AgreementStateBadge({ agreement }: { agreement: Agreement }) {
  const labels = usePartnerCodeLabels();
  return (
    <Badge
      variant="light"
      color={AGREEMENT_STATE_COLOUR[agreement.state]}
      c="dark"
      tt="none"
      styles={NO_TRUNCATION}
      h="auto"
    >
      {labels.agreementState(agreement.state)}
    </Badge>
  );
}
