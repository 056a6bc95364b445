import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { countryName } from '../../countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { MIN_QUERY_LENGTH, usePeopleSearch } from '../people/people-api.ts';
import type { PersonMatch } from '../people/people-types.ts';
import type { InvestigationPerson } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';

/** Typing pauses this long before the search runs. */
const TYPING_PAUSE_MS = 400;

type Props = {
  value: string;
  onChange: (personId: string) => void;
  error?: string;
  /** People already in this investigation: marked, so nobody is added twice by mistake. */
  already: readonly InvestigationPerson[];
};

/**
 * A person already on record, found by name (either script, misspelt). The
 * query stays in this component's state: it never reaches the page's address.
 */
export function PersonPicker({ value, onChange, error, already }: Props) {
  const { t } = useTranslation();
  const statusId = useId();
  const [input, setInput] = useState('');
  const [query] = useDebouncedValue(input, TYPING_PAUSE_MS);
  const asked = query.trim();
  const tooShort = asked.length < MIN_QUERY_LENGTH;
  const search = usePeopleSearch(asked);
  const items = tooShort ? [] : (search.data ?? []);
  const status =
    asked.length === 0
      ? ''
      : tooShort
        ? t('investigations.person.tooShort', { n: MIN_QUERY_LENGTH })
        : search.isPending
          ? t('investigations.person.searching')
          : items.length === 0
            ? t('investigations.person.noMatch')
            : t('investigations.person.found', { n: items.length });
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('investigations.person.searchLabel')}
        description={t('investigations.person.searchHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={input}
        onChange={(event) => setInput(event.currentTarget.value)}
        // Enter must not submit the whole form while searching.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        aria-describedby={statusId}
      />
      <ApiErrorAlert error={tooShort ? null : search.error} />
      <Text id={statusId} size="sm" fw={700} role="status" aria-live="polite">
        {status}
      </Text>
      {(items.length > 0 || error) && (
        <Radio.Group
          value={value}
          onChange={onChange}
          label={t('investigations.person.results')}
          error={error}
          withAsterisk={false}
        >
          <Stack gap="xs" mt="xs">
            {items.map((p) => (
              <Match key={p.id} person={p} already={already.filter((a) => a.personId === p.id)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}

function Match({ person: p, already }: { person: PersonMatch; already: InvestigationPerson[] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const other = [p.khmerName, p.latinName].filter((n): n is string => !!n && n !== p.displayName);
  const facts = [
    p.pseudonym,
    labels.gender(p.gender),
    p.birthYear ? t('investigations.person.born', { year: p.birthYear }) : null,
    p.nationality ? countryName(p.nationality, locale) : null,
    p.roles.length ? t('investigations.person.onRecordAs', { roles: p.roles.map(labels.role).join(', ') }) : null,
  ].filter(Boolean);
  return (
    <Radio
      value={p.id}
      label={
        <Group gap={6} component="span" wrap="wrap">
          <Text span fw={700} inherit style={{ overflowWrap: 'anywhere' }}>
            {p.displayName}
          </Text>
          {other.map((name) => (
            <Text span inherit key={name} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
          ))}
        </Group>
      }
      description={
        <>
          {facts.join(' · ')}
          {already.length > 0 && (
            <Text span size="xs" fw={700} display="block">
              {t('investigations.person.alreadyHere', {
                roles: already.map((a) => labels.role(a.role)).join(', '),
              })}
            </Text>
          )}
        </>
      }
    />
  );
}
