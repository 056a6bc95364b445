import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLink, IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { Facts, Section } from '../../components/Section.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { InvestigationStatusBadge } from './InvestigationBadges.tsx';
import type { InvestigationDetail } from './investigation-types.ts';
import type { InvestigationMutations } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';
import './investigations.css';

function yesNo(t: (k: string) => string, v: boolean | null) {
  return v === null ? t('investigations.notRecorded') : v ? t('common.yes') : t('common.no');
}

export function Overview({ investigation: inv }: { investigation: InvestigationDetail }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  const date = (d: string | null) => (d ? <time dateTime={d}>{formatDate(d, locale)}</time> : null);
  return (
    <Section id="inv-overview" title={t('investigations.overview')}>
      <Facts
        rows={[
          [t('investigations.field.office'), inv.officeCode ? officeLabel(inv.officeCode) : null],
          [t('investigations.field.type'), labels.type(inv.exploitationType)],
          [t('investigations.field.openedOn'), date(inv.openedOn)],
          [t('investigations.field.caseOpenedOn'), date(inv.caseOpenedOn)],
          [t('investigations.field.closedOn'), date(inv.closedOn)],
          [t('investigations.field.lead'), inv.lead?.name ?? t('investigations.nobody')],
          [t('investigations.field.team'), inv.team.length ? inv.team.map((m) => m.name).join(', ') : null],
          [t('investigations.field.nationalPolice'), yesNo(t, inv.nationalPolice)],
          [t('investigations.field.foreignPolice'), yesNo(t, inv.foreignPolice)],
          ...(inv.foreignAgency
            ? ([[t('investigations.field.foreignAgency'), inv.foreignAgency]] as [string, ReactNode][])
            : []),
          ...(inv.ref ? ([[t('investigations.field.ref'), inv.ref]] as [string, ReactNode][]) : []),
        ]}
      />
      <Group gap={6} mt="md" mb={4}>
        <IconLock size={16} aria-hidden />
        <Text fw={700} size="sm" component="h3" m={0}>
          {t('investigations.field.summary')}
        </Text>
      </Group>
      {inv.summary ? (
        <Text size="sm" className="inv-prose">
          {inv.summary}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('investigations.noSummary')}
        </Text>
      )}
    </Section>
  );
}

export function History({ investigation: inv }: { investigation: InvestigationDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="inv-history" title={t('investigations.history.title')}>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {[...inv.history].reverse().map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and has no id here
          <Stack key={i} component="li" gap={2}>
            <Group gap="xs" wrap="wrap">
              <InvestigationStatusBadge status={h.status as InvestigationDetail['status']} />
              <Text size="sm" fw={700} span>
                <time dateTime={h.on}>{formatDate(h.on, locale)}</time>
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('investigations.history.by', {
                name: h.byName ?? t('investigations.history.system'),
                time: formatDateTime(h.at, locale),
              })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}

/** Reports the investigation came from or took in; each opens the report (for those who may read reports). */
export function LinkedReports({
  investigation: inv,
  mutation,
}: {
  investigation: InvestigationDetail;
  mutation: InvestigationMutations['linkReport'];
}) {
  const { t } = useTranslation();
  const me = useMe();
  const locale = currentLocale();
  const mayOpen = can(me, 'reports:read');
  return (
    <Section id="inv-reports" title={t('investigations.reports.title')}>
      {inv.reports.length === 0 ? (
        <Text size="sm">{t('investigations.reports.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {inv.reports.map((r) => (
            <Group key={r.id} component="li" gap="xs" wrap="wrap">
              {mayOpen ? (
                <Anchor
                  renderRoot={(props) => <Link to="/reports/$id" params={{ id: r.id }} {...props} />}
                  className="inv-mono"
                  fw={700}
                >
                  {r.trackingCode}
                </Anchor>
              ) : (
                <Text className="inv-mono" fw={700} span>
                  {r.trackingCode}
                </Text>
              )}
              <Text size="sm" span>
                {t(`reports.category.${r.category}`, { defaultValue: r.category })}
              </Text>
              <Text size="xs" c="dimmed" span>
                <time dateTime={r.receivedAt}>{formatDate(r.receivedAt, locale)}</time>
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {inv.actions.includes('link_report') && <LinkReportForm mutation={mutation} />}
    </Section>
  );
}

function LinkReportForm({ mutation }: { mutation: InvestigationMutations['linkReport'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { trackingCode: '' },
    validate: { trackingCode: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ trackingCode }) =>
        mutation.mutate(
          { trackingCode: trackingCode.trim() },
          {
            onSuccess: () => {
              notify(t('investigations.reports.linked'));
              form.reset();
            },
            onError: (err) => {
              // The server's words are for developers; this one is common enough to say in the reader's language.
              const fields = fieldErrors(err);
              form.setErrors(fields.trackingCode ? { trackingCode: t('investigations.reports.unknown') } : fields);
            },
          },
        ),
      )}
    >
      <Stack gap="xs" mt="md">
        <ApiErrorAlert error={mutation.error} shownFields={['trackingCode']} />
        <TextInput
          label={t('investigations.reports.code')}
          placeholder="ABCD-1234"
          autoComplete="off"
          maxLength={20}
          {...form.getInputProps('trackingCode')}
        />
        <Button
          type="submit"
          variant="light"
          w="fit-content"
          loading={mutation.isPending}
          leftSection={<IconLink size={16} aria-hidden />}
        >
          {t('investigations.reports.link')}
        </Button>
      </Stack>
    </form>
  );
}
