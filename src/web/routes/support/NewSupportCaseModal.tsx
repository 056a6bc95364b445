import {
  Button,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../shared/people.ts';
import { ENTERED_CLIENT_KINDS } from '../../../shared/support.ts';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { officeName, todayIso } from '../../format.ts';
import { useMe, useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { PersonPicker } from '../investigations/PersonPicker.tsx';
import { useSupportLabels } from './labels.ts';
import { StaffSelect } from './StaffSelect.tsx';
import { useCreateSupportCase } from './support-api.ts';
import type { CreateSupportInput } from './support-types.ts';

const FIELDS = ['officeCode', 'clientKind', 'openedOn', 'personId', 'person', 'socialWorkerId', 'lawyerId'];
const NONE = 'none';

type Values = {
  officeCode: string;
  clientKind: (typeof ENTERED_CLIENT_KINDS)[number];
  openedOn: string;
  who: 'known' | 'new';
  personId: string;
  latinName: string;
  khmerName: string;
  gender: string;
  birthYear: number | string;
  socialWorkerId: string;
  lawyerId: string;
};

type Props = {
  /** Opened from an investigation's people tab: the case links it, and the child is preselected. */
  fromInvestigation?: string;
  personId?: string;
  onClose: () => void;
  onCreated: (result: { id: string; number: number }) => void;
};

/** Opens a support case for a client already on record (e.g. a rescued child) or a new one. */
export function NewSupportCaseModal({ fromInvestigation, personId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useSupportLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const create = useCreateSupportCase();
  const preset = useQuery({
    queryKey: ['people', 'detail', personId],
    queryFn: () => api<{ displayName: string; pseudonym: string }>('GET', `/api/people/${personId}`),
    enabled: !!personId,
  });
  const form = useForm<Values>({
    initialValues: {
      officeCode: me.user.officeCode,
      clientKind: 'child_victim',
      openedOn: todayIso(),
      who: personId ? 'known' : 'new',
      personId: personId ?? '',
      latinName: '',
      khmerName: '',
      gender: 'unknown',
      birthYear: '',
      socialWorkerId: me.user.roles.includes('social_worker') ? me.user.id : NONE,
      lawyerId: me.user.roles.includes('lawyer') ? me.user.id : NONE,
    },
    validate: {
      openedOn: (v) => (!v ? t('validation.date') : v > todayIso() ? t('support.notInFuture') : null),
      personId: (v, values) => (values.who === 'known' && !v ? t('support.new.choosePerson') : null),
    },
  });
  const v = form.values;
  const input = (): CreateSupportInput => ({
    officeCode: v.officeCode,
    clientKind: v.clientKind,
    openedOn: v.openedOn,
    ...(v.who === 'known'
      ? { personId: v.personId }
      : {
          person: {
            latinName: v.latinName.trim() || undefined,
            khmerName: v.khmerName.trim() || undefined,
            gender: v.gender as (typeof GENDERS)[number],
            birthYear: v.birthYear === '' ? undefined : Number(v.birthYear),
          },
        }),
    investigationIds: fromInvestigation ? [fromInvestigation] : [],
    socialWorkerId: v.socialWorkerId === NONE ? undefined : v.socialWorkerId,
    lawyerId: v.lawyerId === NONE ? undefined : v.lawyerId,
  });
  const submit = () =>
    create.mutate(input(), {
      onSuccess: onCreated,
      onError: (err) => {
        const fields = fieldErrors(err);
        form.setErrors({ ...fields, ...(fields.person ? { latinName: fields.person } : {}) });
      },
    });

  return (
    <AppModal opened onClose={onClose} title={t('support.new.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={create.error} shownFields={FIELDS} />
          {fromInvestigation && <Text size="sm">{t('support.new.fromInvestigation')}</Text>}
          <Radio.Group label={t('support.field.clientKind')} required {...form.getInputProps('clientKind')}>
            <Group gap="lg" mt={6}>
              {ENTERED_CLIENT_KINDS.map((k) => (
                <Radio key={k} value={k} label={labels.clientKind(k)} />
              ))}
            </Group>
          </Radio.Group>
          <Stack gap={6}>
            <Text size="sm" fw={500} id="sup-who">
              {t('support.new.who')}
            </Text>
            <SegmentedControl
              aria-labelledby="sup-who"
              data={[
                { value: 'new', label: t('support.new.newPerson') },
                { value: 'known', label: t('support.new.knownPerson') },
              ]}
              {...form.getInputProps('who')}
            />
          </Stack>
          {v.who === 'known' ? (
            personId && v.personId === personId ? (
              <Text size="sm" fw={700}>
                {preset.data ? `${preset.data.displayName} (${preset.data.pseudonym})` : '…'}
              </Text>
            ) : (
              <PersonPicker
                value={v.personId}
                onChange={(id) => form.setFieldValue('personId', id)}
                error={form.errors.personId as string | undefined}
                already={[]}
              />
            )
          ) : (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput label={t('support.field.latinName')} maxLength={200} {...form.getInputProps('latinName')} />
              <TextInput
                label={t('support.field.khmerName')}
                lang="km"
                maxLength={200}
                {...form.getInputProps('khmerName')}
              />
              <Select
                label={t('support.field.gender')}
                data={GENDERS.map((g) => ({ value: g, label: t(`investigations.gender.${g}`) }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('gender')}
              />
              <NumberInput
                label={t('support.field.birthYear')}
                min={1900}
                max={2100}
                allowDecimal={false}
                {...form.getInputProps('birthYear')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label={t('support.field.office')}
              required
              data={offices
                .filter((o) => !o.closedOn)
                .map((o) => ({ value: o.code, label: officeName(o, o.code, locale) }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('officeCode')}
            />
            <TextInput
              type="date"
              label={t('support.field.openedOn')}
              required
              max={todayIso()}
              {...form.getInputProps('openedOn')}
            />
            <StaffSelect
              label={t('support.field.socialWorker')}
              staffRole="social_worker"
              officeCode={v.officeCode}
              {...form.getInputProps('socialWorkerId')}
            />
            <StaffSelect
              label={t('support.field.lawyer')}
              staffRole="lawyer"
              officeCode={v.officeCode}
              {...form.getInputProps('lawyerId')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('support.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
