import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, EVENT_TYPES, MAX_PARTICIPANTS, PROGRAMMES } from '../../../shared/events.ts';
import { PROVINCES } from '../../../shared/provinces.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  type EventFormValues,
  emptyEvent,
  inputOf,
  NONE,
  SERVER_MESSAGES,
  validateEvent,
  valuesOf,
} from './event-form.ts';
import type { EventDetail } from './event-types.ts';
import { useFacilitators, useSaveEvent } from './events-api.ts';
import { useEventLabels } from './labels.ts';

const FIELDS = Object.keys(emptyEvent('', '')) as (keyof EventFormValues)[];

type Props = {
  /** The event to correct; without it, a new event is recorded. */
  event?: EventDetail;
  onClose: () => void;
  onSaved: (saved: EventDetail) => void;
};

/** "Record an event" and "Correct the event": the same form; today, the user and Community Engagement are the defaults. */
export function EventFormModal({ event, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useEventLabels();
  const locale = currentLocale();
  const facilitators = useFacilitators().data ?? [];
  const save = useSaveEvent(event?.id);
  const form = useForm<EventFormValues>({
    initialValues: event ? valuesOf(event) : emptyEvent(todayIso(), me.user.id),
    validate: (values) =>
      Object.fromEntries(Object.entries(validateEvent(values, todayIso())).map(([field, key]) => [field, t(key)])),
  });

  const submit = (values: EventFormValues) =>
    save.mutate(inputOf(values), {
      onSuccess: onSaved,
      onError: (err) => {
        const fields = fieldErrors(err);
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([f, message]) => [
              f,
              SERVER_MESSAGES[message] ? t(SERVER_MESSAGES[message]) : message,
            ]),
          ),
        );
      },
    });

  const count = (field: keyof EventFormValues, label: string, required = false) => (
    <NumberInput
      label={label}
      required={required}
      min={0}
      max={MAX_PARTICIPANTS}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      inputMode="numeric"
      {...form.getInputProps(field)}
    />
  );
  const score = (field: keyof EventFormValues, label: string) => (
    <NumberInput
      label={label}
      min={0}
      max={100}
      decimalScale={1}
      allowNegative={false}
      inputMode="decimal"
      {...form.getInputProps(field)}
    />
  );

  return (
    <AppModal opened onClose={onClose} title={event ? t('events.form.editTitle') : t('events.form.newTitle')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={save.error} shownFields={FIELDS} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label={t('events.field.type')}
              required
              placeholder={t('events.form.choose')}
              data={EVENT_TYPES.map((c) => ({ value: c, label: labels.type(c) }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('type')}
            />
            <TextInput
              type="date"
              label={t('events.field.date')}
              required
              max={todayIso()}
              {...form.getInputProps('heldOn')}
            />
            <Select
              label={t('events.field.province')}
              data={[
                { value: NONE, label: t('events.notRecorded') },
                ...PROVINCES.map((p) => ({ value: p.code, label: p[locale] })),
              ]}
              allowDeselect={false}
              searchable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('provinceCode')}
            />
            <TextInput
              label={t('events.field.place')}
              description={t('events.form.placeHint')}
              maxLength={200}
              {...form.getInputProps('place')}
            />
          </SimpleGrid>
          <Select
            label={t('events.field.programme')}
            data={[
              { value: NONE, label: t('events.notRecorded') },
              ...PROGRAMMES.map((c) => ({ value: c, label: labels.programme(c) })),
            ]}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('programme')}
          />
          <Checkbox.Group label={t('events.field.audiences')} {...form.getInputProps('audiences')}>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt={6}>
              {AUDIENCES.map((a) => (
                <Checkbox key={a} value={a} label={labels.audience(a)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            {count('participants', t('events.field.participants'), true)}
            {count('participantsFemale', t('events.field.female'))}
            {count('participantsChildren', t('events.field.children'))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            {score('preTestScore', t('events.field.preTest'))}
            {score('postTestScore', t('events.field.postTest'))}
          </SimpleGrid>
          <MultiSelect
            label={t('events.field.facilitators')}
            data={facilitators.map((f) => ({ value: f.id, label: f.name }))}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('facilitatorIds')}
          />
          <Textarea
            label={t('events.field.notes')}
            description={
              <Group gap={4} component="span" wrap="nowrap" align="flex-start">
                <IconLock size={12} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <span>{t('events.form.notesHint')}</span>
              </Group>
            }
            autosize
            minRows={3}
            maxRows={10}
            maxLength={20_000}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {event ? t('common.save') : t('events.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
