import { Alert, Badge, Button, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconHistory, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, CONTENT_TYPES, SEVERITIES, URL_VERDICTS } from '../../../shared/internet-hotline.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { type AssessmentValues, assessmentInput, initialAssessmentValues, NONE } from './form-values.ts';
import { useUrlLabels } from './labels.ts';
import type { UrlDetail } from './url-types.ts';
import type { useUrlMutations } from './urls-api.ts';

const FIELDS = ['verdict', 'contentType', 'ageGroup', 'severity', 'hostingCountry', 'hostingProvider', 'notes'];

type Props = { url: UrlDetail; mutation: ReturnType<typeof useUrlMutations>['assess'] };

/** Assess a URL once for all its reports, or revise the assessment (who assessed it, and when, is shown). */
export function AssessmentForm({ url, mutation }: Props) {
  const { t } = useTranslation();
  const labels = useUrlLabels();
  const locale = currentLocale();
  const form = useForm<AssessmentValues>({
    initialValues: initialAssessmentValues(url),
    validate: { verdict: (v) => (v ? null : t('urls.assessment.verdictRequired')) },
  });
  const a = url.assessment;
  const suggested =
    !a &&
    !!url.suggestedCountry &&
    form.values.hostingCountry === url.suggestedCountry &&
    !form.isDirty('hostingCountry');
  const none = { value: NONE, label: t('urls.assessment.notRecorded') };

  return (
    <Section id="url-assessment" title={a ? t('urls.assessment.reviseTitle') : t('urls.assessment.title')}>
      <form
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(assessmentInput(values), {
            onSuccess: () => {
              form.resetDirty();
              notify(t('urls.assessment.saved'));
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          }),
        )}
        noValidate
      >
        <Stack gap="md">
          {a && (
            <Alert color="gray" variant="outline" c="dark" icon={<IconHistory aria-hidden />}>
              {t('urls.assessment.assessedBy', {
                name: a.assessedByName,
                time: formatDateTime(a.assessedAt, locale),
                verdict: labels.verdict(a.verdict),
              })}
            </Alert>
          )}
          <ApiErrorAlert error={mutation.error} shownFields={FIELDS} />
          <Radio.Group label={t('urls.assessment.verdict')} required withAsterisk {...form.getInputProps('verdict')}>
            <Stack gap="sm" mt="xs">
              {URL_VERDICTS.map((v) => (
                <Radio key={v} value={v} label={labels.verdict(v)} description={labels.verdictHint(v)} />
              ))}
            </Stack>
          </Radio.Group>
          <Select
            label={t('urls.assessment.contentType')}
            data={[none, ...CONTENT_TYPES.map((c) => ({ value: c, label: labels.contentType(c) }))]}
            allowDeselect={false}
            {...form.getInputProps('contentType')}
          />
          <Select
            label={t('urls.assessment.ageGroup')}
            data={[none, ...AGE_GROUPS.map((c) => ({ value: c, label: labels.ageGroup(c) }))]}
            allowDeselect={false}
            {...form.getInputProps('ageGroup')}
          />
          <Select
            label={t('urls.assessment.severity')}
            description={t('urls.assessment.severityHint')}
            data={[none, ...SEVERITIES.map((s) => ({ value: s, label: labels.severity(s) }))]}
            allowDeselect={false}
            {...form.getInputProps('severity')}
          />
          <CountrySelect
            label={t('urls.assessment.hostingCountry')}
            description={
              suggested ? (
                <Badge
                  component="span"
                  variant="outline"
                  color="orange.9"
                  c="dark"
                  tt="none"
                  h="auto"
                  py={2}
                  styles={{ label: { whiteSpace: 'normal' } }}
                >
                  {t('urls.assessment.suggested')}
                </Badge>
              ) : undefined
            }
            {...form.getInputProps('hostingCountry')}
          />
          <TextInput
            label={t('urls.assessment.hostingProvider')}
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('hostingProvider')}
          />
          <Textarea
            label={t('urls.assessment.notes')}
            description={
              <Text span size="xs" style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
                <IconLock size={12} aria-hidden />
                {t('urls.assessment.notesHint')}
              </Text>
            }
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20_000}
            {...form.getInputProps('notes')}
          />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {a ? t('urls.assessment.saveRevision') : t('urls.assessment.save')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
