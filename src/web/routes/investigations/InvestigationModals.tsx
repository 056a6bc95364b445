import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_TYPES } from '../../../shared/investigations.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { officeName, todayIso } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { useAssigneeOptions } from './AssigneeSelects.tsx';
import { type EditValues, editChanges, editValues, NONE, nextStatuses } from './helpers.ts';
import type { InvestigationDetail } from './investigation-types.ts';
import { type InvestigationMutations, useAssignees } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';

export type Base = { investigation: InvestigationDetail; onClose: () => void };

export function Buttons({ onClose, loading, submit }: { onClose: () => void; loading: boolean; submit: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submit}
      </Button>
    </Group>
  );
}

export const dateRule = (t: TFunction, openedOn: string) => (v: string) =>
  !v
    ? t('validation.date')
    : v > todayIso()
      ? t('investigations.notInFuture')
      : v < openedOn
        ? t('investigations.beforeOpened')
        : null;

/** A dated move to one of the statuses STATUS_TRANSITIONS allows from here. */
export function StatusModal({
  investigation,
  onClose,
  mutation,
}: Base & { mutation: InvestigationMutations['status'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const options = nextStatuses(investigation.status);
  const form = useForm({
    initialValues: { status: '', on: todayIso() },
    validate: {
      status: (v) => (v ? null : t('validation.required')),
      on: dateRule(t, investigation.openedOn),
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.statusModal.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(values, {
            onSuccess: () => {
              notify(t('investigations.statusModal.done', { status: labels.status(values.status) }));
              onClose();
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          }),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['status', 'on']} />
          <Text size="sm">
            {t('investigations.statusModal.current', { status: labels.status(investigation.status) })}
          </Text>
          <Select
            label={t('investigations.statusModal.next')}
            required
            data={options.map((s) => ({ value: s, label: labels.status(s) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('status')}
          />
          <TextInput
            type="date"
            label={t('investigations.statusModal.on')}
            required
            min={investigation.openedOn}
            max={todayIso()}
            {...form.getInputProps('on')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.statusModal.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

const EDIT_FIELDS = [
  'officeCode',
  'exploitationType',
  'nationalPolice',
  'foreignPolice',
  'foreignAgency',
  'leadInvestigatorId',
  'summary',
];

/** Office, type, police cooperation, lead and summary; only what changed is sent. */
export function EditModal({ investigation, onClose, mutation }: Base & { mutation: InvestigationMutations['edit'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const assignees = useAssignees().data ?? [];
  const form = useForm<EditValues>({ initialValues: editValues(investigation) });
  const leadOptions = useAssigneeOptions(
    assignees,
    form.values.officeCode,
    investigation.lead ? [investigation.lead] : [],
  );
  const officeOptions = offices
    .filter((o) => !o.closedOn || o.code === investigation.officeCode)
    .map((o) => ({ value: o.code, label: officeName(o, o.code, locale) }));
  const tristate = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
    { value: 'unknown', label: t('investigations.notRecorded') },
  ];
  const submit = (values: EditValues) => {
    const changes = editChanges(investigation, values);
    if (Object.keys(changes).length === 0) {
      notify(t('investigations.nothingChanged'));
      onClose();
      return;
    }
    mutation.mutate(changes, {
      onSuccess: () => {
        notify(t('common.saved'));
        onClose();
      },
      onError: (err) => form.setErrors(fieldErrors(err)),
    });
  };
  return (
    <AppModal opened onClose={onClose} title={t('investigations.edit.title')} size="lg">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={EDIT_FIELDS} />
          <Select
            label={t('investigations.field.office')}
            required
            data={officeOptions}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('officeCode')}
          />
          <Select
            label={t('investigations.field.type')}
            data={[
              { value: NONE, label: t('investigations.notRecorded') },
              ...EXPLOITATION_TYPES.map((c) => ({ value: c, label: labels.type(c) })),
            ]}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('exploitationType')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label={t('investigations.field.nationalPolice')}
              data={tristate}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('nationalPolice')}
            />
            <Select
              label={t('investigations.field.foreignPolice')}
              data={tristate}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('foreignPolice')}
            />
          </SimpleGrid>
          {(form.values.foreignPolice === 'yes' || !!form.values.foreignAgency) && (
            <TextInput
              label={t('investigations.field.foreignAgency')}
              description={t('investigations.field.foreignAgencyHint')}
              maxLength={200}
              {...form.getInputProps('foreignAgency')}
            />
          )}
          <Select
            label={t('investigations.field.lead')}
            data={[{ value: NONE, label: t('investigations.nobody') }, ...leadOptions]}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('leadInvestigatorId')}
          />
          <Textarea
            label={t('investigations.field.summary')}
            description={<EncryptedHint text={t('investigations.encrypted')} />}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20_000}
            {...form.getInputProps('summary')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** The team besides the lead: investigators and managers, of any office. */
export function TeamModal({ investigation, onClose, mutation }: Base & { mutation: InvestigationMutations['team'] }) {
  const { t } = useTranslation();
  const assignees = useAssignees().data ?? [];
  const form = useForm({ initialValues: { memberIds: investigation.team.map((m) => m.id) } });
  const options = useAssigneeOptions(assignees, investigation.officeCode ?? '', investigation.team).map((g) => ({
    ...g,
    items: g.items.filter((i) => i.value !== investigation.lead?.id),
  }));
  return (
    <AppModal opened onClose={onClose} title={t('investigations.team.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(values, {
            onSuccess: () => {
              notify(t('investigations.team.done'));
              onClose();
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          }),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['memberIds']} />
          <MultiSelect
            label={t('investigations.field.team')}
            description={t('investigations.field.teamHint')}
            data={options}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('memberIds')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** The arrest of a perpetrator or accomplice: the date, the agency that made it, and where (encrypted). */
