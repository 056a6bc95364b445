import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileCertificate, IconPencil } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { investigationNumber } from '../investigations/helpers.ts';
import { ROLE_COLOURS, usePeopleLabels } from './labels.ts';
import { AddDocumentModal, CorrectPersonModal, useLanguageName } from './PersonModals.tsx';
import { Facts, Name, Pseudonym, useNationality } from './PersonParts.tsx';
import { type PersonDetail, usePerson, usePersonMutations } from './person-api.ts';
import { birthText, otherNames } from './person-form.ts';

const route = getRouteApi('/app/people/$id');

export function PersonPage() {
  return (
    <RequirePermission permission="people:identify">
      <PersonScreen />
    </RequirePermission>
  );
}

function BackToSearch() {
  const { t } = useTranslation();
  return (
    <Anchor renderRoot={(props) => <Link to="/people" {...props} />} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('people.person.back')}
      </Group>
    </Anchor>
  );
}

function PersonScreen() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const person = usePerson(id);
  // The title carries the pseudonym, never the name: titles reach browser history.
  usePageTitle(person.data ? t('people.person.title', { record: person.data.pseudonym }) : t('people.search.title'));
  if (person.isPending) return <PageLoader />;
  if (person.error) {
    return (
      <Stack gap="md">
        <BackToSearch />
        {/* A malformed id in the address is, for the reader, simply a person who is not there. */}
        <ApiErrorAlert
          error={
            person.error instanceof ApiError && person.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : person.error
          }
        />
      </Stack>
    );
  }
  return <PersonView person={person.data} />;
}

function PersonView({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const nationality = useNationality();
  const languageName = useLanguageName();
  const locale = currentLocale();
  const mutations = usePersonMutations(person.id);
  const [open, setOpen] = useState<'correct' | 'document' | null>(null);
  const close = () => {
    setOpen(null);
    mutations.correct.reset();
    mutations.addDocument.reset();
  };
  const unknown = t('people.unknown');
  return (
    <Stack gap="md">
      <BackToSearch />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} flex="1 1 16rem">
          <Title order={1}>
            <Name value={person.displayName} />
          </Title>
          {otherNames(person).map((name) => (
            <Text key={name} size="lg">
              <Name value={name} />
            </Text>
          ))}
          <Text size="sm">
            {t('people.fact.record')}: <Pseudonym value={person.pseudonym} />
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setOpen('correct')}
          >
            {t('people.person.correct')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileCertificate size={16} aria-hidden />}
            onClick={() => setOpen('document')}
          >
            {t('people.person.addDocument')}
          </Button>
        </Group>
      </Group>

      <Card withBorder padding="sm" component="section" aria-labelledby="person-facts">
        <Stack gap="xs">
          <Title order={2} size="h4" id="person-facts">
            {t('people.person.facts')}
          </Title>
          <Facts
            items={[
              { label: t('people.fact.gender'), value: labels.gender(person.gender) },
              {
                label: person.birthDate ? t('people.person.birthDate') : t('people.fact.birthYear'),
                value:
                  birthText(
                    person,
                    (iso) => formatDate(iso, locale),
                    (year) => t('people.person.yearEstimated', { year }),
                  ) ?? unknown,
              },
              ...(person.estimatedAge !== null
                ? [
                    {
                      label: t('people.person.estimatedAgeLabel'),
                      value: person.estimatedOn
                        ? t('people.person.aboutAge', {
                            age: person.estimatedAge,
                            date: formatDate(person.estimatedOn, locale),
                          })
                        : String(person.estimatedAge),
                    },
                  ]
                : []),
              { label: t('people.fact.nationality'), value: nationality(person.nationality) },
              {
                label: t('people.person.languages'),
                value: person.languages.length ? person.languages.map(languageName).join(', ') : unknown,
              },
              {
                label: t('people.person.aliases'),
                value: person.aliases.length ? <Aliases aliases={person.aliases} /> : t('people.person.none'),
              },
              { label: t('people.person.documents'), value: person.documents },
            ]}
          />
        </Stack>
      </Card>

      <Involvements person={person} />

      {open === 'correct' && <CorrectPersonModal person={person} mutation={mutations.correct} onClose={close} />}
      {open === 'document' && <AddDocumentModal person={person} mutation={mutations.addDocument} onClose={close} />}
    </Stack>
  );
}

function Aliases({ aliases }: { aliases: string[] }) {
  return (
    <>
      {aliases.map((alias, i) => (
        <span key={alias}>
          {i > 0 && ', '}
          <Name value={alias} />
        </span>
      ))}
    </>
  );
}

/** The person's roles across investigations, with the dates of arrest or rescue. */
function Involvements({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const locale = currentLocale();
  const headingId = useId();
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('people.person.involvements')}
        </Title>
        {person.involvements.length === 0 ? (
          <Text size="sm">{t('people.noRoles')}</Text>
        ) : (
          <Stack component="ul" gap="xs" className="people-plain-list">
            {person.involvements.map((inv) => (
              <Group component="li" key={inv.involvementId} gap="xs" wrap="wrap" align="center">
                <Badge variant="light" color={ROLE_COLOURS[inv.role] ?? 'gray'} tt="none">
                  {labels.role(inv.role)}
                </Badge>
                {inv.investigation ? (
                  <Anchor
                    renderRoot={(props) => (
                      <Link to="/investigations/$id" params={{ id: inv.investigation?.id ?? '' }} {...props} />
                    )}
                    size="sm"
                    className="people-nowrap"
                  >
                    {investigationNumber(inv.investigation.number)}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('people.person.noInvestigation')}</Text>
                )}
                {inv.arrestedOn && (
                  <Text size="sm">{t('people.person.arrestedOn', { date: formatDate(inv.arrestedOn, locale) })}</Text>
                )}
                {inv.rescuedOn && (
                  <Text size="sm">{t('people.person.rescuedOn', { date: formatDate(inv.rescuedOn, locale) })}</Text>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
