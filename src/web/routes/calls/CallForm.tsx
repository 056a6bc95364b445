import {
  Button,
  Checkbox,
  Grid,
  Group,
  Kbd,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconDeviceFloppy, IconLock, IconPhoneCall, IconPhoneOff } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_ACTIONS, CALL_LANGUAGES, CALL_URGENCIES, CALLER_TYPES } from '../../../shared/calls.ts';
import { REPORT_CATEGORIES } from '../../../shared/intake.ts';
import type { ReportCategory } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import { useReportLabels } from '../reports/labels.ts';
import { CreatedReport, OptionalLabel } from './CallsCommon.tsx';
import {
  buildCallBody,
  type CallFormValues,
  defaultCategory,
  emptyCall,
  formErrorsFromServer,
  isSilentOnly,
  serverPathsShown,
  toLocalInput,
  validateCall,
} from './call-form.ts';
import { type LoggedCall, useLogCall } from './calls-api.ts';
import { Elapsed } from './Elapsed.tsx';
import { useCallLabels } from './labels.ts';
import { PlaceFields } from './PlaceFields.tsx';
import { ReasonPicker } from './ReasonPicker.tsx';
import './calls.css';

/** Fields the form shows, in screen order: the first with an error gets the focus. */
const FIELDS = [
  'startedAt',
  'endedAt',
  'callerType',
  'language',
  'reasons',
  'summary',
  'province',
  'place',
  'urgency',
  'actionsTaken',
  'createReport',
  'category',
  'contact.name',
  'contact.phone',
] as const;
const fieldId = (field: string) => `call-${field.replace('.', '-')}`;

/**
 * A hotline call, logged while it happens: made for an operator who takes
 * calls all day from the keyboard. Ctrl+Shift+S restarts the clock for a new
 * call, Ctrl+Shift+E stamps its end, Ctrl+Enter saves from any field; after
 * saving, the form is ready for the next call with the focus on its first choice.
 */
export function CallForm() {
  const { t } = useTranslation();
  const labels = useCallLabels();
  const reportLabels = useReportLabels();
  const logCall = useLogCall();
  const [created, setCreated] = useState<LoggedCall | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const form = useForm<CallFormValues>({
    initialValues: emptyCall(),
    validate: (values) =>
      Object.fromEntries(Object.entries(validateCall(values)).map(([field, key]) => [field, t(key as string)])),
  });
  const values = form.getValues();
  const silentOnly = isSilentOnly(values.reasons);
  const reporting = values.createReport && !silentOnly;

  // After a reset the default caller type is the one to focus (the DOM may not show it checked yet).
  const focusFirstChoice = () =>
    formRef.current
      ?.querySelector<HTMLInputElement>(`input[name="callerType"][value="${emptyCall().callerType}"]`)
      ?.focus();
  const focusFirstError = (errors: Record<string, unknown>) => {
    const field = FIELDS.find((f) => errors[f]);
    if (!field) return;
    const root = document.getElementById(fieldId(field));
    // A group of choices is focused at its first input.
    const target = root?.matches('input, textarea, button') ? root : root?.querySelector<HTMLElement>('input');
    target?.focus();
  };

  // The form opens on the first choice of a call, who is calling.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="callerType"]:checked')?.focus();
  }, []);

  const startNow = () => {
    form.setFieldValue('startedAt', toLocalInput());
    form.setFieldValue('endedAt', '');
  };
  const endNow = () => form.setFieldValue('endedAt', toLocalInput());
  // Ignore no element: the shortcuts must work while the operator types the summary.
  useHotkeys(
    [
      ['mod+shift+S', startNow],
      ['mod+shift+E', endNow],
    ],
    [],
  );
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const clear = () => {
    form.setInitialValues(emptyCall());
    form.reset();
    logCall.reset();
    focusFirstChoice();
  };

  const submit = form.onSubmit(
    (v) =>
      logCall.mutate(buildCallBody(v), {
        onSuccess: (result) => {
          notify(
            result.trackingCode
              ? t('calls.form.savedWithReport', { code: result.trackingCode })
              : t('calls.form.saved'),
          );
          setCreated(result.reportId ? result : null);
          form.setInitialValues(emptyCall());
          form.reset();
          focusFirstChoice();
        },
        onError: (err) => {
          const errors = formErrorsFromServer(fieldErrors(err));
          form.setErrors(errors);
          focusFirstError(errors);
        },
      }),
    (errors) => focusFirstError(errors),
  );

  const category = values.category ?? defaultCategory(values.reasons);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="call-form-title">
      <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="baseline" gap="xs">
            <Title order={2} size="h3" id="call-form-title">
              {t('calls.form.title')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('calls.form.shortcuts')}
            </Text>
          </Group>
          <div role="status">
            {created?.trackingCode && (
              <CreatedReport
                id={created.reportId as string}
                code={created.trackingCode}
                onClose={() => setCreated(null)}
              />
            )}
          </div>
          <ApiErrorAlert error={logCall.error} shownFields={serverPathsShown(fieldErrors(logCall.error), FIELDS)} />

          <Group align="flex-start" gap="sm" className="calls-times">
            <TextInput
              id={fieldId('startedAt')}
              type="datetime-local"
              step={1}
              label={t('calls.form.startedAt')}
              required
              withAsterisk={false}
              className="calls-time-input"
              {...form.getInputProps('startedAt')}
            />
            <Button
              variant="default"
              leftSection={<IconPhoneCall size={16} aria-hidden />}
              onClick={startNow}
              aria-keyshortcuts="Control+Shift+S"
              className="calls-time-button"
            >
              {t('calls.form.start')}
            </Button>
            <TextInput
              id={fieldId('endedAt')}
              type="datetime-local"
              step={1}
              label={<OptionalLabel text={t('calls.form.endedAt')} />}
              className="calls-time-input"
              {...form.getInputProps('endedAt')}
            />
            <Button
              variant="light"
              leftSection={<IconPhoneOff size={16} aria-hidden />}
              onClick={endNow}
              aria-keyshortcuts="Control+Shift+E"
              className="calls-time-button"
            >
              {t('calls.form.end')}
            </Button>
            <Elapsed startedAt={values.startedAt} endedAt={values.endedAt} />
          </Group>

          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Radio.Group
                id={fieldId('callerType')}
                name="callerType"
                label={t('calls.form.callerType')}
                {...form.getInputProps('callerType')}
              >
                <Group gap="xs" mt={6} className="calls-choices">
                  {CALLER_TYPES.map((c) => (
                    <Radio key={c} value={c} label={labels.callerType(c)} className="calls-choice" />
                  ))}
                </Group>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Radio.Group
                id={fieldId('language')}
                name="language"
                label={t('calls.form.language')}
                {...form.getInputProps('language')}
              >
                <Group gap="xs" mt={6} className="calls-choices">
                  {CALL_LANGUAGES.map((l) => (
                    <Radio key={l} value={l} label={labels.language(l)} className="calls-choice" />
                  ))}
                </Group>
              </Radio.Group>
            </Grid.Col>
          </Grid>

          <ReasonPicker id={fieldId('reasons')} input={form.getInputProps('reasons')} />

          <Textarea
            id={fieldId('summary')}
            label={reporting ? t('calls.form.summary') : <OptionalLabel text={t('calls.form.summary')} />}
            description={
              <Group component="span" gap={4} wrap="nowrap" align="flex-start">
                <IconLock size={14} aria-hidden className="calls-inline-icon" />
                <span>{t('calls.form.summaryHint')}</span>
              </Group>
            }
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20_000}
            required={reporting}
            withAsterisk={false}
            {...form.getInputProps('summary')}
          />

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <PlaceFields
              ids={{ province: fieldId('province'), place: fieldId('place') }}
              province={form.getInputProps('province')}
              place={form.getInputProps('place')}
              placeHint
            />
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Radio.Group
              id={fieldId('urgency')}
              name="urgency"
              label={t('calls.form.urgency')}
              {...form.getInputProps('urgency')}
            >
              <Group gap="xs" mt={6} className="calls-choices">
                {CALL_URGENCIES.map((u) => (
                  <Radio
                    key={u}
                    value={u}
                    label={labels.urgency(u)}
                    color={u === 'emergency' ? 'red.9' : undefined}
                    className="calls-choice"
                  />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox.Group
              id={fieldId('actionsTaken')}
              label={<OptionalLabel text={t('calls.form.actions')} />}
              {...form.getInputProps('actionsTaken')}
            >
              <Group gap="xs" mt={6} className="calls-choices">
                {CALL_ACTIONS.map((a) => (
                  <Checkbox key={a} value={a} label={labels.action(a)} className="calls-choice" />
                ))}
              </Group>
            </Checkbox.Group>
          </SimpleGrid>

          <Paper bg="gray.0" p="sm" radius="md">
            <Stack gap="sm">
              <Switch
                id={fieldId('createReport')}
                label={t('calls.form.createReport')}
                description={silentOnly ? t('calls.form.createReportSilent') : t('calls.form.createReportHint')}
                disabled={silentOnly}
                {...form.getInputProps('createReport', { type: 'checkbox' })}
                checked={reporting}
              />
              {reporting && (
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <Select
                    id={fieldId('category')}
                    label={t('calls.form.category')}
                    description={values.category ? undefined : t('calls.form.categoryDefault')}
                    data={REPORT_CATEGORIES.map((c) => ({ value: c, label: reportLabels.category(c) }))}
                    value={category}
                    onChange={(v) => form.setFieldValue('category', (v as ReportCategory | null) ?? null)}
                    error={form.errors.category}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <TextInput
                    id={fieldId('contact.name')}
                    label={<OptionalLabel text={t('calls.form.contactName')} />}
                    maxLength={200}
                    autoComplete="off"
                    {...form.getInputProps('contact.name')}
                  />
                  <TextInput
                    id={fieldId('contact.phone')}
                    type="tel"
                    label={<OptionalLabel text={t('calls.form.contactPhone')} />}
                    maxLength={50}
                    autoComplete="off"
                    {...form.getInputProps('contact.phone')}
                  />
                </SimpleGrid>
              )}
            </Stack>
          </Paper>

          <Group gap="sm">
            <Button
              type="submit"
              loading={logCall.isPending}
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              rightSection={<Kbd visibleFrom="sm">Ctrl+Enter</Kbd>}
              aria-keyshortcuts="Control+Enter"
            >
              {t('calls.form.save')}
            </Button>
            <Button variant="default" onClick={clear}>
              {t('calls.form.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
