import {
  Button,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_TYPES } from '../../../shared/investigations.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { officeName, todayIso } from '../../format.ts';
import { useMe, useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAssigneeOptions } from './AssigneeSelects.tsx';
import { canonicalTrackingCode, type NewInvestigationValues, NONE } from './helpers.ts';
import { type CreateResult, useAssignees, useCreateInvestigation } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';

const FIELDS = ['officeCode', 'openedOn', 'status', 'exploitationType', 'leadInvestigatorId', 'memberIds', 'summary'];

type Props = {
  /** Tracking codes of the reports it is opened from (the report page's link). */
  fromReports?: string[];
  onClose: () => void;
  onCreated: (result: CreateResult) => void;
};

/** Opens an investigation, directly or from reports; the user's own office and today are the defaults. */
export function NewInvestigationModal({ fromReports = [], onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const assignees = useAssignees().data ?? [];
  const create = useCreateInvestigation();
  const iLead = me.user.roles.includes('investigator') || me.user.roles.includes('manager');
  const form = useForm<NewInvestigationValues>({
    initialValues: {
      officeCode: me.user.officeCode,
      openedOn: todayIso(),
      status: 'active',
      exploitationType: NONE,
      leadInvestigatorId: iLead ? me.user.id : NONE,
      memberIds: [],
      trackingCodes: fromReports,
      summary: '',
    },
    validate: {
      officeCode: (v) => (v ? null : t('validation.required')),
      openedOn: (v) => (!v ? t('validation.date') : v > todayIso() ? t('investigations.notInFuture') : null),
      trackingCodes: (v) => (v.every((c) => canonicalTrackingCode(c)) ? null : t('investigations.new.badCode')),
    },
  });
  const leadOptions = useAssigneeOptions(assignees, form.values.officeCode);
  const officeOptions = offices
    .filter((o) => !o.closedOn)
    .map((o) => ({ value: o.code, label: officeName(o, o.code, locale) }));

  const submit = (values: NewInvestigationValues) =>
    create.mutate(values, {
      onSuccess: onCreated,
      onError: (err) => {
        const fields = fieldErrors(err);
        // The server names the code's position (trackingCodes.1); the form has one field for all codes.
        const codeError = Object.entries(fields).find(([key]) => key.startsWith('trackingCodes.'))?.[1];
        form.setErrors({ ...fields, ...(codeError ? { trackingCodes: codeError } : {}) });
      },
    });

  return (
    <AppModal opened onClose={onClose} title={t('investigations.new.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert
            error={create.error}
            shownFields={[
              ...FIELDS,
              ...Object.keys(fieldErrors(create.error)).filter((k) => k.startsWith('trackingCodes')),
            ]}
          />
          <Select
            label={t('investigations.field.office')}
            required
            data={officeOptions}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('officeCode')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('investigations.field.openedOn')}
              required
              max={todayIso()}
              {...form.getInputProps('openedOn')}
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
          </SimpleGrid>
          <Radio.Group label={t('investigations.field.status')} {...form.getInputProps('status')}>
            <Group gap="lg" mt={6}>
              <Radio value="active" label={labels.status('active')} />
              <Radio value="monitoring" label={labels.status('monitoring')} />
            </Group>
          </Radio.Group>
          <Select
            label={t('investigations.field.lead')}
            data={[{ value: NONE, label: t('investigations.nobody') }, ...leadOptions]}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('leadInvestigatorId')}
          />
          <MultiSelect
            label={t('investigations.field.team')}
            description={t('investigations.field.teamHint')}
            data={leadOptions.map((g) => ({
              ...g,
              items: g.items.filter((i) => i.value !== form.values.leadInvestigatorId),
            }))}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('memberIds')}
          />
          <TagsInput
            label={t('investigations.field.reports')}
            description={t('investigations.new.reportsHint')}
            placeholder={form.values.trackingCodes.length ? undefined : 'ABCD-1234'}
            splitChars={[',', ' ', ';']}
            clearable={false}
            {...form.getInputProps('trackingCodes')}
            onChange={(codes) =>
              form.setFieldValue('trackingCodes', [...new Set(codes.map((c) => canonicalTrackingCode(c) ?? c.trim()))])
            }
          />
          <Textarea
            label={t('investigations.field.summary')}
            description={<EncryptedHint text={t('investigations.encrypted')} />}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={20_000}
            {...form.getInputProps('summary')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('investigations.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
