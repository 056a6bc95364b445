import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, type Gender } from '../../../shared/people.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { can } from '../../session.ts';
import { usePeopleLabels } from './labels.ts';
import { Facts, Name, Pseudonym, RoleBadges, ScoreMeter, useNationality } from './PersonParts.tsx';
import { MIN_QUERY_LENGTH, useDuplicates, usePeopleSearch } from './people-api.ts';
import type { PersonMatch } from './people-types.ts';

/** Typing pauses this long before the search runs; Enter runs it at once. */
const TYPING_PAUSE_MS = 400;

export function PeoplePage() {
  return (
    <RequirePermission permission="people:identify">
      <PeopleScreen />
    </RequirePermission>
  );
}

/**
 * "Find a person": one box, any script, misspellings allowed. The query lives
 * in this component's state only, never in the address (names would reach
 * browser history and server logs).
 */
function PeopleScreen() {
  const { t } = useTranslation();
  usePageTitle(t('people.search.title'));
  const me = useMe();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [typed] = useDebouncedValue(input, TYPING_PAUSE_MS);
  useEffect(() => setQuery(typed), [typed]);
  const [birthYear, setBirthYear] = useState<number | undefined>();
  const [gender, setGender] = useState<Gender | undefined>();
  const search = usePeopleSearch(query, { birthYear, gender });
  const asked = query.trim();
  const tooShort = asked.length < MIN_QUERY_LENGTH;
  const items = tooShort ? [] : (search.data ?? []);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>{t('people.search.title')}</Title>
        {can(me, 'people:merge') && <DuplicatesLink />}
      </Group>
      <Box component="search" maw="60rem" aria-label={t('people.search.title')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(input);
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              flex={1}
              miw={0}
              type="search"
              label={t('people.search.label')}
              description={t('people.search.hint')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={input}
              onChange={(event) => setInput(event.currentTarget.value)}
              // Names must not be remembered by the browser's form history, nor sent to a spelling service.
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
            />
            <Button type="submit" loading={search.isFetching && !tooShort}>
              {t('people.search.submit')}
            </Button>
          </Group>
          <SearchHints birthYear={birthYear} gender={gender} onBirthYear={setBirthYear} onGender={setGender} />
        </form>
      </Box>
      <ApiErrorAlert error={tooShort ? null : search.error} />
      <Text fw={700} role="status" aria-live="polite">
        {statusText()}
      </Text>
      {items.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('people.search.results')}
        >
          {items.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
        </Stack>
      )}
    </Stack>
  );

  function statusText() {
    if (asked.length === 0) return '';
    if (tooShort) return t('people.search.tooShort', { n: MIN_QUERY_LENGTH });
    if (search.isPending) return t('people.search.searching');
    if (search.isError) return '';
    return items.length === 0 ? t('people.search.none') : t('people.search.found', { n: items.length });
  }
}

const THIS_YEAR = new Date().getFullYear();

/** What else the searcher knows ranks the people who fit first; it hides no one. */
function SearchHints(props: {
  birthYear: number | undefined;
  gender: Gender | undefined;
  onBirthYear: (year: number | undefined) => void;
  onGender: (gender: Gender | undefined) => void;
}) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  return (
    <Stack gap={4} mt="xs">
      <Group gap="xs" align="flex-end">
        <NumberInput
          w="11rem"
          label={t('people.search.birthYear')}
          min={1900}
          max={THIS_YEAR}
          allowDecimal={false}
          allowNegative={false}
          value={props.birthYear ?? ''}
          onChange={(value) => {
            const year = typeof value === 'number' ? value : Number.parseInt(value, 10);
            props.onBirthYear(year >= 1900 && year <= THIS_YEAR ? year : undefined);
          }}
        />
        <Select
          w="11rem"
          label={t('people.search.gender')}
          clearable
          data={GENDERS.map((g) => ({ value: g, label: labels.gender(g) }))}
          value={props.gender ?? null}
          onChange={(value) => props.onGender((value as Gender | null) ?? undefined)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('people.search.hintsHelp')}
      </Text>
    </Stack>
  );
}

function PersonCard({ person }: { person: PersonMatch }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const nationality = useNationality();
  const headingId = useId();
  // The heading shows the name the server chose; the other script, when known, follows it.
  const other = [person.khmerName, person.latinName].filter((n): n is string => !!n && n !== person.displayName);
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={headingId}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} miw={0} flex="1 1 12rem">
            <Title order={2} size="h4" id={headingId}>
              <Anchor inherit renderRoot={(props) => <Link to="/people/$id" params={{ id: person.id }} {...props} />}>
                <Name value={person.displayName} />
              </Anchor>
            </Title>
            {other.map((name) => (
              <Text key={name} size="sm">
                <Name value={name} />
              </Text>
            ))}
          </Stack>
          <ScoreMeter score={person.score} />
        </Group>
        <Facts
          items={[
            { label: t('people.fact.record'), value: <Pseudonym value={person.pseudonym} /> },
            { label: t('people.fact.gender'), value: labels.gender(person.gender) },
            {
              label: t('people.fact.birthYear'),
              value: person.birthYear
                ? person.birthYearEstimated
                  ? t('people.person.yearEstimated', { year: person.birthYear })
                  : person.birthYear
                : t('people.unknown'),
            },
            { label: t('people.fact.nationality'), value: nationality(person.nationality) },
          ]}
        />
        <RoleBadges roles={person.roles} />
      </Stack>
    </Card>
  );
}

/** For managers: the review of possible duplicates, with how many pairs wait. */
function DuplicatesLink() {
  const { t } = useTranslation();
  const pending = useDuplicates();
  const count = pending.data?.length;
  return (
    <Card withBorder padding="xs" maw="100%">
      <Group gap="xs" wrap="nowrap">
        <IconUsersGroup size={20} aria-hidden />
        <Button
          variant="subtle"
          px={4}
          renderRoot={(props) => <Link to="/people/duplicates" {...props} />}
          rightSection={
            count !== undefined && (
              <>
                <Badge color={count > 0 ? 'red.9' : 'gray.7'} variant="filled" circle={count < 10}>
                  {count >= 100 ? '100+' : count}
                </Badge>
                <VisuallyHidden component="span"> {t('people.duplicates.waiting')}</VisuallyHidden>
              </>
            )
          }
        >
          {t('people.duplicates.link')}
        </Button>
      </Group>
    </Card>
  );
}
