import { Badge, Box, Group, Progress, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvolvementRole } from '../../../shared/people.ts';
import { countryName } from '../../countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { percent, ROLE_COLOURS, reasonTone, usePeopleLabels } from './labels.ts';
import './people.css';

/** Khmer script in a name: marked so that screen readers read it in Khmer. */
const KHMER = /[\u1780-\u17FF]/;
export const nameLang = (name: string) => (KHMER.test(name) ? 'km' : undefined);

/** A name as written, in its own language; a dash when unknown. */
export function Name({ value }: { value: string | null }) {
  if (!value) return <span>—</span>;
  return (
    <Text span inherit lang={nameLang(value)} className="people-name">
      {value}
    </Text>
  );
}

export function Pseudonym({ value }: { value: string }) {
  return (
    <Text span size="sm" className="people-pseudonym">
      {value}
    </Text>
  );
}

/** How close a match is: a small bar for the eye, the percentage in words for everyone. */
export function ScoreMeter({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = percent(score);
  const colour = value >= 90 ? 'teal' : value >= 80 ? 'blue' : 'gray';
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={56} aria-hidden>
        <Progress value={value} size="sm" color={colour} />
      </Box>
      <Text size="sm" fw={700} className="people-nowrap">
        {t('people.score', { percent: value })}
      </Text>
    </Group>
  );
}

export function RoleBadges({ roles }: { roles: readonly InvolvementRole[] }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('people.noRoles')}
      </Text>
    );
  }
  return (
    <Group gap={6} component="ul" className="people-plain-list" aria-label={t('people.roles')}>
      {roles.map((role) => (
        <Badge key={role} component="li" variant="light" color={ROLE_COLOURS[role] ?? 'gray'} tt="none">
          {labels.role(role)}
        </Badge>
      ))}
    </Group>
  );
}

export function useNationality() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (code: string | null) => (code ? countryName(code, locale) : t('people.unknown'));
}

/** Facts as label/value pairs, in a row that wraps. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="people-facts">
      {items.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const TONE = {
  for: { Icon: IconCircleCheck, colour: 'teal.8' },
  against: { Icon: IconAlertTriangle, colour: 'red.8' },
  note: { Icon: IconInfoCircle, colour: 'gray.7' },
} as const;

/** The reasons of a match as phrases, each with a sign of whether it speaks for or against the same person. */
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  return (
    <ul className="people-plain-list people-reasons">
      {reasons.map((code) => {
        const tone = reasonTone(code);
        const { Icon, colour } = TONE[tone];
        return (
          <li key={code} data-tone={tone}>
            <Text span c={colour} className="people-reason-icon">
              <Icon size={18} aria-hidden />
            </Text>
            <Text span size="sm">
              <VisuallyHidden component="span">{t(`people.tone.${tone}`)}: </VisuallyHidden>
              {labels.reason(code)}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
