import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DESCRIPTION, MAX_URLS, REPORT_CATEGORIES } from '../../../shared/report-codes.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import { useReportLabels } from '../reports/labels.ts';
import { CallsNav, CreatedReport, OptionalLabel } from './CallsCommon.tsx';
import {
  buildManualBody,
  emptyManual,
  formErrorsFromServer,
  MANUAL_CHANNELS,
  type ManualFormValues,
  serverPathsShown,
  validateManual,
} from './call-form.ts';
import { type EnteredReport, useEnterReport } from './calls-api.ts';
import { PlaceFields } from './PlaceFields.tsx';
import './calls.css';

const FIELDS = [
  'channel',
  'emergency',
  'category',
  'description',
  'province',
  'place',
  'occurredOn',
  'contact.name',
  'contact.phone',
  'contact.email',
] as const;
const fieldId = (field: string) => `manual-${field.replace(/\./g, '-')}`;

export function ManualReportPage() {
  return (
    <RequirePermission permission="calls:log">
      <ManualReportScreen />
    </RequirePermission>
  );
}

function ManualReportScreen() {
  const { t } = useTranslation();
  usePageTitle(t('calls.manual.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('calls.title')}</Title>
      <CallsNav current="manual" />
      <ManualReportForm />
    </Stack>
  );
}

/**
 * A report that reached the organisation by email, in person, from an
 * informant or from a partner: the public form's fields plus where it came
 * from. It goes into the same triage queue as every other report.
 */
function ManualReportForm() {
  const { t } = useTranslation();
  const reportLabels = useReportLabels();
  const enter = useEnterReport();
  const [created, setCreated] = useState<EnteredReport | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Which form row each address sent came from, to put the server's complaints beside the right one.
  const sentRows = useRef<number[]>([]);

  const form = useForm<ManualFormValues>({
    initialValues: emptyManual(),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateManual(values, todayIso())).map(([field, key]) => [field, t(key as string)]),
      ),
  });
  const values = form.getValues();

  const focusChannel = () =>
    formRef.current?.querySelector<HTMLInputElement>('input[name="channel"]:checked, input[name="channel"]')?.focus();
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="channel"]')?.focus();
  }, []);

  const focusFirstError = (errors: Record<string, unknown>) => {
    const urlRow = values.urls.findIndex((_, i) => errors[`urls.${i}`]);
    const field = FIELDS.find((f) => errors[f]);
    const id = field ? fieldId(field) : urlRow >= 0 ? fieldId(`urls.${urlRow}`) : null;
    if (!id) return;
    const root = document.getElementById(id);
    const target = root?.matches('input, textarea') ? root : root?.querySelector<HTMLElement>('input');
    target?.focus();
  };

  const submit = form.onSubmit(
    (v) => {
      const { body, urlRows } = buildManualBody(v);
      sentRows.current = urlRows;
      enter.mutate(body, {
        onSuccess: (result) => {
          notify(t('calls.manual.saved', { code: result.trackingCode }));
          setCreated(result);
          form.reset();
          focusChannel();
        },
        onError: (err) => {
          const errors = formErrorsFromServer(fieldErrors(err), sentRows.current);
          form.setErrors(errors);
          focusFirstError(errors);
        },
      });
    },
    (errors) => focusFirstError(errors),
  );
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const shownFields = [...FIELDS, ...values.urls.map((_, i) => `urls.${i}`)];

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="manual-form-title">
      <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={2} size="h3" id="manual-form-title">
              {t('calls.manual.title')}
            </Title>
            <Text size="sm">{t('calls.manual.intro')}</Text>
          </Stack>
          <div role="status">
            {created && <CreatedReport id={created.id} code={created.trackingCode} onClose={() => setCreated(null)} />}
          </div>
          <ApiErrorAlert
            error={enter.error}
            shownFields={serverPathsShown(fieldErrors(enter.error), shownFields, sentRows.current)}
          />

          <Radio.Group
            id={fieldId('channel')}
            name="channel"
            label={t('calls.manual.channel')}
            required
            withAsterisk={false}
            {...form.getInputProps('channel')}
            value={values.channel ?? ''}
          >
            <Group gap="xs" mt={6} className="calls-choices">
              {MANUAL_CHANNELS.map((c) => (
                <Radio key={c} value={c} label={reportLabels.channel(c)} className="calls-choice" />
              ))}
            </Group>
          </Radio.Group>

          <Checkbox
            id={fieldId('emergency')}
            label={t('calls.manual.emergency')}
            description={t('calls.manual.emergencyHint')}
            color="red.9"
            {...form.getInputProps('emergency', { type: 'checkbox' })}
          />

          <Select
            id={fieldId('category')}
            label={t('calls.manual.category')}
            placeholder={t('calls.manual.categoryPlaceholder')}
            data={REPORT_CATEGORIES.map((c) => ({ value: c, label: reportLabels.category(c) }))}
            required
            withAsterisk={false}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            maw={{ sm: 360 }}
            {...form.getInputProps('category')}
          />

          <Textarea
            id={fieldId('description')}
            label={t('calls.manual.description')}
            description={t('calls.manual.descriptionHint')}
            required
            withAsterisk={false}
            autosize
            minRows={4}
            maxRows={14}
            maxLength={MAX_DESCRIPTION}
            {...form.getInputProps('description')}
          />

          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <PlaceFields
              ids={{ province: fieldId('province'), place: fieldId('place') }}
              province={form.getInputProps('province')}
              place={form.getInputProps('place')}
            />
            <TextInput
              id={fieldId('occurredOn')}
              type="date"
              label={<OptionalLabel text={t('calls.manual.occurredOn')} />}
              max={todayIso()}
              {...form.getInputProps('occurredOn')}
            />
          </SimpleGrid>

          <Stack gap="xs" component="fieldset" className="calls-fieldset">
            <Text component="legend" fw={700} size="sm">
              {t('calls.manual.contactTitle')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('calls.manual.contactHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                id={fieldId('contact.name')}
                label={<OptionalLabel text={t('calls.manual.contactName')} />}
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('contact.name')}
              />
              <TextInput
                id={fieldId('contact.phone')}
                type="tel"
                label={<OptionalLabel text={t('calls.manual.contactPhone')} />}
                maxLength={50}
                autoComplete="off"
                {...form.getInputProps('contact.phone')}
              />
              <TextInput
                id={fieldId('contact.email')}
                type="email"
                label={<OptionalLabel text={t('calls.manual.contactEmail')} />}
                maxLength={254}
                autoComplete="off"
                {...form.getInputProps('contact.email')}
              />
            </SimpleGrid>
          </Stack>

          <Stack gap="xs" component="fieldset" className="calls-fieldset">
            <Text component="legend" fw={700} size="sm">
              {values.category === 'online_content' ? (
                t('calls.manual.urls')
              ) : (
                <OptionalLabel text={t('calls.manual.urls')} />
              )}
            </Text>
            <Text size="sm" c="dimmed">
              {t('calls.manual.urlsHint')}
            </Text>
            {values.urls.map((_, i) => (
              <Group
                // Rows have no identity but their place; removing one re-renders those after it.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={i}
                gap="xs"
                align="flex-start"
                wrap="nowrap"
              >
                <TextInput
                  id={fieldId(`urls.${i}`)}
                  label={t('calls.manual.url', { n: i + 1 })}
                  placeholder="https://"
                  inputMode="url"
                  autoCapitalize="off"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={4000}
                  className="calls-url-input"
                  {...form.getInputProps(`urls.${i}`)}
                />
                {values.urls.length > 1 && (
                  <ActionIcon
                    variant="default"
                    size="lg"
                    mt={30}
                    aria-label={t('calls.manual.urlRemove', { n: i + 1 })}
                    onClick={() => form.removeListItem('urls', i)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {values.urls.length < MAX_URLS && (
              <Button
                variant="default"
                w="fit-content"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => {
                  form.insertListItem('urls', '');
                  // The new row is rendered on the next frame; put the cursor in it.
                  const next = values.urls.length;
                  requestAnimationFrame(() => document.getElementById(fieldId(`urls.${next}`))?.focus());
                }}
              >
                {t('calls.manual.urlAdd')}
              </Button>
            )}
          </Stack>

          <Group gap="sm">
            <Button type="submit" loading={enter.isPending} aria-keyshortcuts="Control+Enter">
              {t('calls.manual.submit')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                form.reset();
                enter.reset();
                focusChannel();
              }}
            >
              {t('calls.form.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
