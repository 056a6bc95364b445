import { Anchor, Button, CopyButton, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { Section } from '../../components/Section.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromNow } from '../reports/labels.ts';
import { ActionForm, ActionList } from './ActionLog.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { SafetyBanner, VerdictBadge } from './UrlBadges.tsx';
import type { UrlDetail } from './url-types.ts';
import { useUrl, useUrlMutations } from './urls-api.ts';
import { rememberedUrlsSearch } from './urls-search.ts';
import './urls.css';

const route = getRouteApi('/app/urls/$hash');

export function UrlPage() {
  return (
    <RequirePermission permission="urls:assess">
      <UrlScreen />
    </RequirePermission>
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor
      renderRoot={(props) => <Link to="/urls" search={rememberedUrlsSearch()} {...props} />}
      size="sm"
      w="fit-content"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('urls.backToList')}
      </Group>
    </Anchor>
  );
}

function UrlScreen() {
  const { t } = useTranslation();
  const { hash } = route.useParams();
  const url = useUrl(hash);
  usePageTitle(url.data ? t('urls.detailTitle', { host: url.data.host }) : t('urls.title'));
  if (url.isPending) return <PageLoader />;
  if (url.error) {
    return (
      <Stack gap="md">
        <BackToList />
        {/* A malformed reference in the address is, for the reader, simply a URL that is not there. */}
        <ApiErrorAlert
          error={
            url.error instanceof ApiError && url.error.status === 400
              ? new ApiError(404, 'not_found', 'not found')
              : url.error
          }
        />
      </Stack>
    );
  }
  return <UrlView url={url.data} />;
}

/** The address as plain text (never a link, never fetched), with a button that copies the same defanged text. */
function DefangedAddress({ url }: { url: UrlDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text className="urls-address" id="url-address" style={{ flex: '1 1 16rem', minWidth: 0 }}>
          {url.defanged}
        </Text>
        <CopyButton value={url.defanged} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              size="compact-sm"
              onClick={copy}
              aria-describedby="url-address"
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              style={{ flexShrink: 0 }}
            >
              {copied ? t('common.copied') : t('urls.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

/** The reports that named this URL: tracking code, when it arrived, and a link to the report. */
function LinkedReports({ url }: { url: UrlDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="url-reports" title={t('urls.reports.title', { n: url.reports.length })}>
      <Table verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('urls.reports.report')}</Table.Th>
            <Table.Th scope="col">{t('urls.reports.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {url.reports.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => <Link to="/reports/$id" params={{ id: r.id }} {...props} />}
                  ff="monospace"
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {r.trackingCode}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, locale)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function UrlView({ url }: { url: UrlDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mutations = useUrlMutations(url.hash);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackToList />
        <Title order={1}>{t('urls.detailHeading')}</Title>
        <DefangedAddress url={url} />
        <Group gap="xs">
          <VerdictBadge verdict={url.verdict} />
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('urls.hostLabel', { host: url.host })} · {t('urls.list.reportCount', { n: url.reportCount })} ·{' '}
          {t('urls.firstReported')}{' '}
          <time dateTime={url.firstReportedAt}>
            {fromNow(url.firstReportedAt, locale)} ({formatDateTime(url.firstReportedAt, locale)})
          </time>
        </Text>
      </Stack>
      <SafetyBanner />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
          <AssessmentForm key={url.assessment?.assessedAt ?? 'new'} url={url} mutation={mutations.assess} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
          <Stack gap="lg">
            <LinkedReports url={url} />
            <Section id="url-actions" title={t('urls.actions.title')}>
              <ActionList actions={url.actions} />
            </Section>
            <ActionForm mutation={mutations.addAction} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
