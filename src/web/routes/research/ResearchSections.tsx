import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../shared/people.ts';
import { TableScroller } from '../../components/TableScroller.tsx';
import { countryName } from '../../countries.ts';
import { currentLocale } from '../../i18n/index.ts';
import { formatP, formatPercent, formatTest } from './research-format.ts';
import type { Research, ResearchTest, Shown } from './research-types.ts';
import './research.css';

/** A count, or "< 5" where the public view suppressed it. */
function Count({ value }: { value: Shown }) {
  const { t } = useTranslation();
  return <span className="research-number">{value === null ? t('research.suppressed') : value}</span>;
}

/** A share with its bar; the bar is drawing only (the number is written beside it). */
function Share({ value, accomplice }: { value: Shown; accomplice?: boolean }) {
  return (
    <span className="research-bar-cell">
      <span className="research-bar-track" aria-hidden>
        {value !== null && (
          <span
            className={accomplice ? 'research-bar research-bar-accomplice' : 'research-bar'}
            style={{ width: `${value}%` }}
          />
        )}
      </span>
      <span className="research-number">{formatPercent(value)}</span>
    </span>
  );
}

function TestName({ test }: { test: ResearchTest | null }) {
  const { t } = useTranslation();
  return <>{test ? t(`research.test.${test.name}`) : t('research.test.none')}</>;
}

function useNationality() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (code: string | null) => (code ? countryName(code, locale) : t('research.nationality.unknown'));
}

export function SummarySection({ r }: { r: Research }) {
  const { t } = useTranslation();
  const items = [
    { label: t('research.summary.total'), value: r.total },
    { label: t('research.summary.nationalities'), value: r.nationalityCount },
    { label: t('research.summary.perpetrators'), value: r.roles.perpetrator },
    { label: t('research.summary.accomplices'), value: r.roles.accomplice },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
      {items.map((i) => (
        <Paper key={i.label} withBorder p="sm">
          <Text component="dt" size="sm">
            {i.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            <Count value={i.value} />
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function GenderSection({ r }: { r: Research }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('research.gender.title')}
      </Title>
      <TableScroller label={t('research.gender.title')} minWidth={460}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('research.gender.gender')}</Table.Th>
              <Table.Th>{t('research.column.count')}</Table.Th>
              <Table.Th>{t('research.column.percent')}</Table.Th>
              <Table.Th>{t('research.gender.ofPerpetrators')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {GENDERS.map((g) => (
              <Table.Tr key={g}>
                <Table.Th scope="row" fw={400}>
                  {t(`investigations.gender.${g}`)}
                </Table.Th>
                <Table.Td>
                  <Count value={r.gender.counts[g]} />
                </Table.Td>
                <Table.Td>
                  <Share value={r.gender.percent[g]} />
                </Table.Td>
                <Table.Td>
                  <Share value={r.perpetratorGender[g]} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <Text size="sm">
        {t('research.gender.test')}: <TestName test={r.gender.test} />
        {r.gender.test && ` (${formatTest(r.gender.test)})`}
      </Text>
    </Stack>
  );
}

export function NationalitySection({ r }: { r: Research }) {
  const { t } = useTranslation();
  const nationality = useNationality();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('research.nationality.title')}
      </Title>
      <TableScroller label={t('research.nationality.title')} minWidth={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('research.nationality.column')}</Table.Th>
              <Table.Th>{t('research.column.count')}</Table.Th>
              <Table.Th>{t('research.column.percent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.nationality.map((n) => (
              <Table.Tr key={n.code ?? 'unknown'}>
                <Table.Th scope="row" fw={400}>
                  {nationality(n.code)}
                </Table.Th>
                <Table.Td>
                  <Count value={n.count} />
                </Table.Td>
                <Table.Td>
                  <Share value={n.percent} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Stack>
  );
}

export function RolesSection({ r }: { r: Research }) {
  const { t } = useTranslation();
  const nationality = useNationality();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('research.roles.title')}
      </Title>
      <Text size="sm">{t('research.roles.explain')}</Text>
      <TableScroller label={t('research.roles.title')} minWidth={820}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('research.nationality.column')}</Table.Th>
              <Table.Th>{t('research.roles.perpetrators')}</Table.Th>
              <Table.Th>{t('research.roles.perpetratorPercent')}</Table.Th>
              <Table.Th>{t('research.roles.accomplices')}</Table.Th>
              <Table.Th>{t('research.roles.accomplicePercent')}</Table.Th>
              <Table.Th>{t('research.roles.test')}</Table.Th>
              <Table.Th>p</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.roleByNationality.map((n) => (
              <Table.Tr key={n.code ?? 'unknown'}>
                <Table.Th scope="row" fw={400}>
                  {nationality(n.code)}
                </Table.Th>
                <Table.Td>
                  <Count value={n.perpetrators} />
                </Table.Td>
                <Table.Td>
                  <Share value={n.perpetratorPercent} />
                </Table.Td>
                <Table.Td>
                  <Count value={n.accomplices} />
                </Table.Td>
                <Table.Td>
                  <Share value={n.accomplicePercent} accomplice />
                </Table.Td>
                <Table.Td>
                  <TestName test={n.test} />
                </Table.Td>
                <Table.Td className="research-number" fw={n.test && n.test.p < 0.05 ? 700 : undefined}>
                  {n.test ? formatP(n.test.p) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Stack>
  );
}
