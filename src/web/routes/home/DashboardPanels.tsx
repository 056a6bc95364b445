import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { type Dashboard, useDashboard } from './dashboard-api.ts';
import { MonthlyTrend } from './MonthlyTrend.tsx';
import { StatRow } from './StatRow.tsx';
import './dashboard.css';
import { investigationNumber } from '../investigations/helpers.ts';

/** The statuses of reports still being handled: the queue's day-to-day. */
const OPEN_REPORT_STATUSES = ['new', 'triaged', 'assigned', 'in_review'] as const;

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The panels the user's permissions allow (the server decides), above the area cards. */
export function DashboardPanels() {
  const { t } = useTranslation();
  const data = useDashboard().data;
  if (!data) return null;
  const { queue, myInvestigations, myFollowUps, myHearings, overview } = data;
  if (!queue && !myInvestigations && !myFollowUps && !myHearings && !overview) return null;
  return (
    <section aria-labelledby="home-dashboard">
      <Title order={2} size="h3" id="home-dashboard" mb="sm">
        {t('dashboard.title')}
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {queue && <QueuePanel queue={queue} />}
          {myInvestigations && <InvestigationsPanel mine={myInvestigations} />}
          {myFollowUps && <FollowUpsPanel mine={myFollowUps} />}
          {myHearings && <HearingsPanel mine={myHearings} />}
        </SimpleGrid>
        {overview && <OverviewPanel overview={overview} />}
      </Stack>
    </section>
  );
}

function QueuePanel({ queue }: { queue: NonNullable<Dashboard['queue']> }) {
  const { t } = useTranslation();
  const channels = Object.entries(queue.byChannel).filter(([, n]) => n > 0);
  return (
    <Panel id="dashboard-queue" title={t('dashboard.queue.title')}>
      <ul className="dashboard-stats">
        {OPEN_REPORT_STATUSES.map((status) => (
          <StatRow
            key={status}
            label={t(`reports.status.${status}`)}
            n={queue.byStatus[status] ?? 0}
            link={(p) => <Link to="/reports" search={{ status }} {...p} />}
          />
        ))}
        <StatRow
          label={t('dashboard.queue.emergency')}
          n={queue.byUrgency.emergency}
          alert
          link={(p) => <Link to="/reports" {...p} />}
        />
        <StatRow
          label={t('dashboard.queue.breaches')}
          n={queue.breaches}
          alert
          link={(p) => <Link to="/reports" {...p} />}
        />
        {channels.map(([channel, n]) => (
          <StatRow
            key={channel}
            label={t('dashboard.queue.channel', { channel: t(`reports.channel.${channel}`) })}
            n={n}
            link={(p) => <Link to="/reports" search={{ channel: channel as 'web' }} {...p} />}
          />
        ))}
      </ul>
    </Panel>
  );
}

function InvestigationsPanel({ mine }: { mine: NonNullable<Dashboard['myInvestigations']> }) {
  const { t } = useTranslation();
  return (
    <Panel id="dashboard-investigations" title={t('dashboard.investigations.title')}>
      <ul className="dashboard-stats">
        <StatRow
          label={t('dashboard.investigations.open')}
          n={mine.open}
          link={(p) => <Link to="/investigations" search={{ mine: true }} {...p} />}
        />
        <StatRow label={t('dashboard.investigations.tasks')} n={mine.openTasks} />
        <StatRow label={t('dashboard.investigations.overdueTasks')} n={mine.overdueTasks} alert />
      </ul>
      {mine.items.length > 0 && (
        <Group gap="xs" mt="xs">
          {mine.items.map((i) => (
            <Anchor
              key={i.id}
              size="sm"
              ff="monospace"
              renderRoot={(p) => <Link to="/investigations/$id" params={{ id: i.id }} {...p} />}
              aria-label={t('dashboard.investigations.one', {
                number: investigationNumber(i.number),
                status: t(`investigations.status.${i.status}`),
              })}
            >
              {investigationNumber(i.number)}
            </Anchor>
          ))}
        </Group>
      )}
    </Panel>
  );
}

function FollowUpsPanel({ mine }: { mine: NonNullable<Dashboard['myFollowUps']> }) {
  const { t } = useTranslation();
  return (
    <Panel id="dashboard-follow-ups" title={t('dashboard.followUps.title')}>
      <ul className="dashboard-stats">
        <StatRow label={t('dashboard.followUps.open')} n={mine.open} link={(p) => <Link to="/support" {...p} />} />
        <StatRow
          label={t('dashboard.followUps.overdue')}
          n={mine.overdue}
          alert
          link={(p) => <Link to="/support" search={{ overdue: true }} {...p} />}
        />
      </ul>
    </Panel>
  );
}

function HearingsPanel({ mine }: { mine: NonNullable<Dashboard['myHearings']> }) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatDate(date, i18n.language === 'en' ? 'en' : 'km');
  return (
    <Panel id="dashboard-hearings" title={t('dashboard.hearings.title')}>
      <ul className="dashboard-stats">
        <StatRow
          label={t('dashboard.hearings.next', { days: mine.days })}
          n={mine.items.length}
          link={(p) => <Link to="/court/hearings" {...p} />}
        />
        {mine.items.map((h) => (
          <li key={`${h.courtCase.id}-${h.date}-${h.type}`}>
            <Anchor
              size="sm"
              renderRoot={(p) => <Link to="/court/$id" params={{ id: h.courtCase.id }} {...p} />}
              className="dashboard-stat"
              display="block"
            >
              {t('dashboard.hearings.one', {
                date: day(h.date),
                type: t(`court.hearingType.${h.type}`),
                number: h.courtCase.number,
              })}
            </Anchor>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** The year's two indicators beside their targets; the indicators page has the rest. */
function IndicatorsSummary({
  year,
  indicators: i,
}: {
  year: number;
  indicators: NonNullable<NonNullable<Dashboard['overview']>['indicators']>;
}) {
  const { t } = useTranslation();
  const value = (percent: number | null, target: number | null) =>
    percent === null
      ? t('dashboard.indicators.noData')
      : target === null
        ? `${percent} %`
        : t('dashboard.indicators.value', { value: percent, target });
  return (
    <div>
      <Text size="sm" fw={600} component="h4" m={0}>
        <Anchor inherit renderRoot={(p) => <Link to="/indicators" {...p} />}>
          {t('dashboard.indicators.title', { year })}
        </Anchor>
      </Text>
      <ul className="dashboard-stats">
        <li>
          <Text size="sm">{t('dashboard.indicators.standards')}</Text>
          <Text size="sm" fw={700}>
            {value(i.standardsPercent, i.standardsTarget)}
          </Text>
        </li>
        <li>
          <Text size="sm">{t('dashboard.indicators.childFriendly')}</Text>
          <Text size="sm" fw={700}>
            {value(i.childFriendlyPercent, i.childFriendlyTarget)}
          </Text>
        </li>
      </ul>
    </div>
  );
}

function OverviewPanel({ overview: o }: { overview: NonNullable<Dashboard['overview']> }) {
  const { t } = useTranslation();
  return (
    <Panel id="dashboard-overview" title={t('dashboard.overview.title', { year: o.year })}>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="lg">
        <div>
          <Text size="sm" fw={600} component="h4" m={0}>
            {t('dashboard.overview.reports', { year: o.year })}
          </Text>
          <ul className="dashboard-stats">
            <StatRow label={t('dashboard.queue.emergencyAll')} n={o.reportsByUrgency.emergency} />
            <StatRow label={t('dashboard.queue.normal')} n={o.reportsByUrgency.normal} />
            {Object.entries(o.reportsByChannel)
              .filter(([, n]) => n > 0)
              .map(([channel, n]) => (
                <StatRow
                  key={channel}
                  label={t('dashboard.queue.channel', { channel: t(`reports.channel.${channel}`) })}
                  n={n}
                />
              ))}
          </ul>
        </div>
        <div>
          <Text size="sm" fw={600} component="h4" m={0}>
            {t('dashboard.overview.investigations')}
          </Text>
          <ul className="dashboard-stats">
            {Object.entries(o.investigationsByStatus).map(([status, n]) => (
              <StatRow
                key={status}
                label={t(`investigations.status.${status}`)}
                n={n}
                link={(p) => <Link to="/investigations" search={{ status: status as 'active' }} {...p} />}
              />
            ))}
          </ul>
        </div>
        <div>
          <Text size="sm" fw={600} component="h4" m={0}>
            {t('dashboard.overview.work')}
          </Text>
          <ul className="dashboard-stats">
            <StatRow label={t('dashboard.overview.arrests', { year: o.year })} n={o.arrests} />
            <StatRow label={t('dashboard.overview.rescues', { year: o.year })} n={o.rescues} />
            <StatRow
              label={t('dashboard.overview.openReferrals')}
              n={o.openReferrals}
              link={(p) => <Link to="/support/referrals" {...p} />}
            />
            <StatRow
              label={t('dashboard.overview.upcomingHearings')}
              n={o.upcomingHearings}
              link={(p) => <Link to="/court/hearings" {...p} />}
            />
          </ul>
        </div>
        {o.indicators && <IndicatorsSummary year={o.year} indicators={o.indicators} />}
      </SimpleGrid>
      <Title order={4} size="h6" mt="md" mb="xs">
        {t('dashboard.trends.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="lg">
        <MonthlyTrend title={t('dashboard.trends.reports')} series={o.trends.reports} />
        <MonthlyTrend title={t('dashboard.trends.investigations')} series={o.trends.investigations} />
        <MonthlyTrend title={t('dashboard.trends.arrests')} series={o.trends.arrests} />
        <MonthlyTrend title={t('dashboard.trends.rescues')} series={o.trends.rescues} />
      </SimpleGrid>
    </Panel>
  );
}
