import { Badge, Button, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { type RetentionRule, type RetentionRuleKind, type RetentionRules, retentionKey } from './retention-api.ts';

/** Literal keys per rule, so the translation check finds each one. */
const TEXTS: Record<RetentionRuleKind, { title: string; what: string }> = {
  calls_without_report: { title: 'retention.rules.calls.title', what: 'retention.rules.calls.what' },
  reports_closed_no_action: { title: 'retention.rules.reports.title', what: 'retention.rules.reports.what' },
  url_reports_closed: { title: 'retention.rules.urls.title', what: 'retention.rules.urls.what' },
};

type Values = { enabled: boolean; years: number | string };

/** One rule: what it purges, the dry-run count, the last run, and its setting. */
export function RetentionRuleCard({
  rule,
  minYears,
  maxYears,
}: {
  rule: RetentionRule;
  minYears: number;
  maxYears: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const headingId = useId();
  const form = useForm<Values>({
    initialValues: { enabled: rule.enabled, years: rule.years },
    validate: {
      years: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= minYears && v <= maxYears
          ? null
          : t('retention.validation.years', { min: minYears, max: maxYears }),
    },
  });
  const changed = form.values.enabled !== rule.enabled || form.values.years !== rule.years;
  const save = useMutation({
    mutationFn: (values: Values) =>
      api<RetentionRules>('PUT', `/api/retention/rules/${rule.rule}`, { enabled: values.enabled, years: values.years }),
    onSuccess: (next) => {
      queryClient.setQueryData(retentionKey, next);
      notify(t('retention.saved'));
    },
    onError: (err) => form.setErrors(fieldErrors(err)),
  });
  const texts = TEXTS[rule.rule];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Title order={2} size="h4" id={headingId} style={{ flex: '1 1 14rem' }}>
              {t(texts.title)}
            </Title>
            <Badge color={rule.enabled ? 'green.9' : 'gray.7'} variant="dot" c="dark" tt="none">
              {rule.enabled ? t('retention.on') : t('retention.off')}
            </Badge>
          </Group>
          <Text size="sm">{t(texts.what)}</Text>
          <Text fw={600} data-testid={`preview-${rule.rule}`}>
            {t('retention.preview', { n: rule.purgeableNow, years: rule.years })}
          </Text>
          <Text size="sm" c="dimmed">
            {rule.lastRunAt
              ? t('retention.lastRun', {
                  when: formatDateTime(rule.lastRunAt, locale),
                  n: rule.lastRunPurged ?? 0,
                })
              : t('retention.neverRun')}
          </Text>
          <ApiErrorAlert error={save.error} shownFields={['years', 'enabled']} />
          <NumberInput
            label={t('retention.years')}
            description={t('retention.yearsHelp', { min: minYears, max: maxYears })}
            min={minYears}
            max={maxYears}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            styles={{ wrapper: { maxWidth: 160 } }}
            {...form.getInputProps('years')}
          />
          <Switch
            label={t('retention.enable')}
            description={t('retention.enableHelp')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!changed}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
