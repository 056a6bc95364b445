import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHandStop, IconHeartHandshake, IconId, IconLifebuoy, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../countries.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can } from '../../session.ts';
import { hasProfile, isOffender, mayArrest, mayRescue } from './helpers.ts';
import { RoleBadge } from './InvestigationBadges.tsx';
import type { InvestigationDetail, InvestigationPerson } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';
import './investigations.css';

import { Section } from '../../components/Section.tsx';

/** The People tab: everyone involved, their outcomes and offender profiles. */
type PeopleProps = {
  investigation: InvestigationDetail;
  onAdd: () => void;
  onArrest: (p: InvestigationPerson) => void;
  onRescue: (p: InvestigationPerson) => void;
  onProfile: (p: InvestigationPerson) => void;
};

/** Everyone involved, with their role; names only as the API gives them (else the pseudonym). */
export function People({ investigation: inv, onAdd, onArrest, onRescue, onProfile }: PeopleProps) {
  const { t } = useTranslation();
  const may = (a: InvestigationDetail['actions'][number]) => inv.actions.includes(a);
  const mayOpenSupport = can(useMe(), 'support:write');
  return (
    <Section
      id="inv-people"
      title={t('investigations.people.title')}
      action={
        may('add_person') && (
          <Button
            variant="light"
            size="compact-md"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={onAdd}
          >
            {t('investigations.people.add')}
          </Button>
        )
      }
    >
      {inv.people.length === 0 ? (
        <Text size="sm">{t('investigations.people.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {inv.people.map((p) => (
            <PersonCard
              key={p.involvementId}
              person={p}
              onArrest={may('arrest') && mayArrest(p) ? () => onArrest(p) : undefined}
              onRescue={may('rescue') && mayRescue(p) ? () => onRescue(p) : undefined}
              onProfile={may('add_person') && isOffender(p) ? () => onProfile(p) : undefined}
              supportFrom={mayOpenSupport && !isOffender(p) && p.role !== 'informant' ? inv.id : undefined}
            />
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** An arrest or a rescue: an icon and the words, in bold (never colour alone). */
function Outcome({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Box mt={2} style={{ flexShrink: 0 }}>
        {icon}
      </Box>
      <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

function PersonCard({
  person: p,
  onArrest,
  onRescue,
  onProfile,
  supportFrom,
}: {
  person: InvestigationPerson;
  onArrest?: () => void;
  onRescue?: () => void;
  onProfile?: () => void;
  /** The investigation to open a support case from, for someone the social and legal departments may support. */
  supportFrom?: string;
}) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  // The other script's name, when both are known, under the one shown.
  const other = p.latinName && p.khmerName ? p.khmerName : null;
  const details = [
    labels.gender(p.gender),
    p.birthYear
      ? t(p.birthYearEstimated ? 'investigations.person.bornAbout' : 'investigations.person.born', {
          year: p.birthYear,
        })
      : null,
    p.nationality ? countryName(p.nationality, locale) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" bg="gray.0">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }} lang={p.latinName ? undefined : 'km'}>
              {p.displayName}
            </Text>
            {other && (
              <Text size="sm" lang="km" style={{ overflowWrap: 'anywhere' }}>
                {other}
              </Text>
            )}
            {p.displayName !== p.pseudonym && (
              <Text size="xs" c="dimmed" className="inv-mono">
                {p.pseudonym}
              </Text>
            )}
          </Stack>
          <RoleBadge role={p.role} />
        </Group>
        <Text size="sm">{details.join(' · ')}</Text>
        {p.arrest && (
          <Outcome icon={<IconHandStop size={16} aria-hidden />}>
            {arrestText(p.arrest, formatDate(p.arrest.arrestedOn, locale), t)}
          </Outcome>
        )}
        {p.rescue && (
          <Outcome icon={<IconLifebuoy size={16} aria-hidden />}>
            {t('investigations.person.rescued', { date: formatDate(p.rescue.rescuedOn, locale) })}
          </Outcome>
        )}
        {hasProfile(p.profile) && <ProfileSummary profile={p.profile} />}
        {(onArrest || onRescue || onProfile || supportFrom) && (
          <Group gap="xs">
            {onArrest && (
              <Button
                variant="outline"
                size="compact-sm"
                leftSection={<IconHandStop size={14} aria-hidden />}
                onClick={onArrest}
                aria-label={t('investigations.arrest.buttonFor', { name: p.displayName })}
              >
                {t('investigations.arrest.button')}
              </Button>
            )}
            {onRescue && (
              <Button
                variant="outline"
                size="compact-sm"
                leftSection={<IconLifebuoy size={14} aria-hidden />}
                onClick={onRescue}
                aria-label={t('investigations.rescue.buttonFor', { name: p.displayName })}
              >
                {t('investigations.rescue.button')}
              </Button>
            )}
            {onProfile && (
              <Button
                variant="outline"
                size="compact-sm"
                leftSection={<IconId size={14} aria-hidden />}
                onClick={onProfile}
                aria-label={t('investigations.profile.buttonFor', { name: p.displayName })}
              >
                {t('investigations.profile.button')}
              </Button>
            )}
            {supportFrom && (
              <Button
                variant="outline"
                size="compact-sm"
                leftSection={<IconHeartHandshake size={14} aria-hidden />}
                renderRoot={(props) => (
                  <Link to="/support" search={{ fromInvestigation: supportFrom, person: p.personId }} {...props} />
                )}
                aria-label={t('investigations.person.supportFor', { name: p.displayName })}
              >
                {t('investigations.person.support')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** "Arrested DATE [by AGENCY] [at PLACE]". */
function arrestText(
  arrest: NonNullable<InvestigationPerson['arrest']>,
  date: string,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  const { agency, place } = arrest;
  if (agency && place) return t('investigations.person.arrestedByPlace', { date, agency, place });
  if (agency) return t('investigations.person.arrestedBy', { date, agency });
  if (place) return t('investigations.person.arrestedPlace', { date, place });
  return t('investigations.person.arrested', { date });
}

/** Occupation, modus operandi (badges), charges and outcome: only what is set. */
function ProfileSummary({ profile }: { profile: NonNullable<InvestigationPerson['profile']> }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const line = (label: string, value: string | null) =>
    value && (
      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        <Text span fw={600} size="sm">
          {label}:
        </Text>{' '}
        {value}
      </Text>
    );
  return (
    <Stack gap={4} aria-label={t('investigations.profile.heading')} role="group">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {t('investigations.profile.heading')}
      </Text>
      {line(t('investigations.profile.occupation'), profile.occupation)}
      {profile.modusOperandi.length > 0 && (
        <Group gap={6} wrap="wrap" align="center">
          <Text span fw={600} size="sm">
            {t('investigations.profile.modusOperandi')}:
          </Text>
          {profile.modusOperandi.map((m) => (
            <Badge key={m} variant="light" color="gray" tt="none" style={{ maxWidth: '100%' }}>
              {labels.modus(m)}
            </Badge>
          ))}
        </Group>
      )}
      {line(t('investigations.profile.charges'), profile.charges)}
      {line(t('investigations.profile.outcome'), profile.outcome)}
    </Stack>
  );
}

/** Every status the investigation has had, dated, and who recorded it. */
