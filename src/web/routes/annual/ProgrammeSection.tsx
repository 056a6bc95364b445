import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AnnualReport, FIGURE_ROWS, type Programme, unknownNationality, valueAt } from './annual-rows.ts';
import { YearBars } from './YearBars.tsx';
import './annual.css';

const number = (n: number) => n.toLocaleString('en');

/** One programme as the organisation publishes it: its figures for the year beside the previous year's, and a chart. */
export function ProgrammeSection({ programme, report }: { programme: Programme; report: AnnualReport }) {
  const { t } = useTranslation();
  const { current, previous } = report;
  const rows = FIGURE_ROWS.filter((r) => r.programme === programme);
  const headingId = `annual-${programme}`;
  const unknown = programme === 'criminalJusticeDevelopment' ? unknownNationality(current) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId} size="h3">
          {t(`annual.programme.${programme}`)}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <Table verticalSpacing={6} horizontalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('annual.figure')}</Table.Th>
                  <Table.Th scope="col" className="annual-number">
                    {current.year}
                  </Table.Th>
                  <Table.Th scope="col" className="annual-number">
                    {previous.year}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.path} data-figure={row.path}>
                    <Table.Th scope="row" fw={row.part ? 400 : 600} pl={row.part ? 'lg' : 'xs'}>
                      {t(`annual.figures.${row.figure}`)}
                    </Table.Th>
                    <Table.Td className="annual-number" fw={700}>
                      {number(valueAt(current, row.path))}
                    </Table.Td>
                    <Table.Td className="annual-number">{number(valueAt(previous, row.path))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {unknown > 0 && (
              <Text size="xs" c="dimmed" mt="xs">
                {t('annual.unknownNationality', { count: unknown })}
              </Text>
            )}
          </div>
          <YearBars
            title={t('annual.chart', { current: current.year, previous: previous.year })}
            rows={rows}
            report={report}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
