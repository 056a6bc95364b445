import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconList, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { CourtFilters } from './CourtFilters.tsx';
import { type CourtCaseItem, type CourtFilters as Filters, useCourtCases } from './court-api.ts';
import { courtCaseNumber, useCourtLabels } from './labels.ts';
import { NewCourtCaseModal } from './NewCourtCaseModal.tsx';
import { RemindersPanel } from './RemindersPanel.tsx';

export function CourtCasesPage() {
  return (
    <RequirePermission permission="court:read">
      <Screen />
    </RequirePermission>
  );
}

/** The court cases this user may see, newest first, with the hearings coming up. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('court.title'));
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const list = useCourtCases(filters);
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('court.title')}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            renderRoot={(props) => <Link to="/court/hearings" {...props} />}
          >
            {t('court.calendar.button')}
          </Button>
          {can(me, 'settings:manage') && (
            <Button
              variant="default"
              leftSection={<IconList size={16} aria-hidden />}
              renderRoot={(props) => <Link to="/court/charges" {...props} />}
            >
              {t('court.charges.button')}
            </Button>
          )}
          {can(me, 'court:write') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('court.new.button')}
            </Button>
          )}
        </Group>
      </Group>
      <RemindersPanel />
      <CourtFilters value={filters} onChange={setFilters} />
      <ApiErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Text fw={700} role="status">
            {t('court.count', { shown: list.data?.items.length ?? 0, total: list.data?.total ?? 0 })}
          </Text>
          {list.data?.items.length ? <CaseCards items={list.data.items} /> : <Text>{t('court.none')}</Text>}
        </>
      )}
      {creating && (
        <NewCourtCaseModal
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            notify(t('court.new.done', { number: courtCaseNumber(created.number) }));
            setCreating(false);
            void navigate({ to: '/court/$id', params: { id: created.id } });
          }}
        />
      )}
    </Stack>
  );
}

function CaseCards({ items }: { items: CourtCaseItem[] }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  return (
    <SimpleGrid component="ul" cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Card key={item.id} component="li" withBorder padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Anchor
                renderRoot={(props) => <Link to="/court/$id" params={{ id: item.id }} {...props} />}
                fw={700}
                ff="monospace"
              >
                {courtCaseNumber(item.number)}
              </Anchor>
              <Badge variant="light" color={item.verdict ? 'teal' : 'blue'}>
                {item.verdict ? labels.verdict(item.verdict) : labels.stage(item.stage)}
              </Badge>
            </Group>
            <Text size="sm">{labels.court(item.courtCode)}</Text>
            <Text size="sm" c="dimmed">
              {[officeLabel(item.officeCode), item.caseNumber, item.lawyer?.name].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm">
              {item.nextHearingOn
                ? t('court.nextHearing', { date: formatDate(item.nextHearingOn, locale) })
                : t('court.noNextHearing')}
            </Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
