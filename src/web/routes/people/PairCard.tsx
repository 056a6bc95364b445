import { Button, Card, Flex, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconGitMerge, IconUsers } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { keptAndMerged, unbroken, usePeopleLabels } from './labels.ts';
import { Name, Pseudonym, Reasons, ScoreMeter, useNationality } from './PersonParts.tsx';
import type { DuplicatePair, PersonSummary } from './people-types.ts';

type Props = {
  pair: DuplicatePair;
  busy: boolean;
  error: unknown;
  onSame: () => void;
  onDifferent: () => void;
};

/** One possible duplicate: the two records fact by fact, the reasons, and the two decisions. */
export function PairCard({ pair, busy, error, onSame, onDifferent }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  // The record a merge keeps comes first.
  const { kept, merged } = keptAndMerged(pair);
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0} flex="1 1 14rem">
            <Title order={2} size="h4" id={headingId}>
              <Name value={kept.displayName} />{' '}
              <Text span c="dimmed" fw={400} inherit>
                {t('people.duplicates.and')}
              </Text>{' '}
              <Name value={merged.displayName} />
            </Title>
            <Text size="xs" c="dimmed">
              {t('people.duplicates.foundAt', { when: formatDateTime(pair.foundAt, currentLocale()) })}
            </Text>
          </Stack>
          <ScoreMeter score={pair.score} />
        </Group>
        <CompareTable pair={pair} />
        <Stack gap={6}>
          <Title order={3} size="h6">
            {t('people.duplicates.why')}
          </Title>
          <Reasons reasons={pair.reasons} />
        </Stack>
        <ApiErrorAlert error={error} />
        <Flex direction={{ base: 'column', xs: 'row' }} gap="xs" justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconUsers size={16} aria-hidden />}
            onClick={onDifferent}
            loading={busy}
            aria-describedby={headingId}
          >
            {t('people.decide.different')}
          </Button>
          <Button
            leftSection={<IconGitMerge size={16} aria-hidden />}
            onClick={onSame}
            disabled={busy}
            aria-describedby={headingId}
          >
            {t('people.decide.same')}
          </Button>
        </Flex>
      </Stack>
    </Card>
  );
}

/** The facts of both records in one table, so that each can be read across. */
function CompareTable({ pair }: { pair: DuplicatePair }) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const nationality = useNationality();
  const { kept, merged } = keptAndMerged(pair);
  const conflict = (code: string | string[]) =>
    (Array.isArray(code) ? code : [code]).some((c) => pair.reasons.includes(c));
  const rows: { label: string; value: (p: PersonSummary) => ReactNode; differs?: boolean }[] = [
    { label: t('people.fact.khmerName'), value: (p) => <Name value={p.khmerName} /> },
    { label: t('people.fact.latinName'), value: (p) => <Name value={p.latinName} /> },
    { label: t('people.fact.gender'), value: (p) => labels.gender(p.gender), differs: conflict('gender_conflict') },
    {
      label: t('people.fact.birthYear'),
      value: (p) =>
        p.birthYear
          ? p.birthYearEstimated
            ? t('people.person.yearEstimated', { year: p.birthYear })
            : p.birthYear
          : t('people.unknown'),
      differs: conflict(['birth_year_near', 'birth_year_far']),
    },
    {
      label: t('people.fact.nationality'),
      value: (p) => nationality(p.nationality),
      differs: conflict('nationality_conflict'),
    },
  ];
  return (
    <table className="people-compare">
      <caption className="people-caption">{t('people.duplicates.compare')}</caption>
      <colgroup>
        <col className="people-compare-label" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <VisuallyHidden>{t('people.duplicates.fact')}</VisuallyHidden>
          </th>
          {[kept, merged].map((p) => (
            <th scope="col" key={p.id}>
              <Pseudonym value={p.pseudonym} />
              {p.id === kept.id && (
                <Text size="xs" c="dimmed" fw={400}>
                  {t('people.duplicates.kept')}
                </Text>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} data-differs={row.differs || undefined}>
            <th scope="row">
              {row.label}
              {row.differs && (
                <Text span c="red.9" ml={4} className="people-differs">
                  <IconAlertTriangle size={14} aria-hidden />
                  <VisuallyHidden component="span">{t('people.duplicates.differs')}</VisuallyHidden>
                </Text>
              )}
            </th>
            <td>{row.value(kept)}</td>
            <td>{row.value(merged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Same person": says what a merge does, and that it can be undone, before doing it. */
export function MergeModal({
  pair,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  pair: DuplicatePair | null;
  pending: boolean;
  error: unknown;
  onConfirm: (pair: DuplicatePair) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const parts = pair ? keptAndMerged(pair) : null;
  const kept = parts ? unbroken(parts.kept.pseudonym) : '';
  const merged = parts ? unbroken(parts.merged.pseudonym) : '';
  return (
    <ConfirmModal
      opened={!!pair}
      title={t('people.merge.title')}
      confirmLabel={t('people.merge.confirm')}
      onConfirm={() => pair && onConfirm(pair)}
      onClose={onClose}
      pending={pending}
      error={error}
    >
      {parts && (
        <Stack gap="xs">
          <Text>{t('people.merge.intro', { kept, merged })}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('people.merge.roles', { kept })}</List.Item>
            <List.Item>{t('people.merge.names', { kept })}</List.Item>
          </List>
          <Text fw={700}>{t('people.merge.undo')}</Text>
        </Stack>
      )}
    </ConfirmModal>
  );
}
