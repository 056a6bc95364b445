import { Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { GENDERS, INVOLVEMENT_ROLES } from '../../../shared/people.ts';
import type { Locale } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { countryOptions } from '../../countries.ts';
import { fieldErrors } from '../../errors.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { NONE, type PersonValues, personInput, personIsEmpty, validAge, validBirthYear } from './helpers.ts';
import { type Base, Buttons } from './InvestigationModals.tsx';
import type { InvestigationMutations } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';
import { PersonPicker } from './PersonPicker.tsx';

const PERSON_FIELDS = [
  'role',
  'personId',
  'person.khmerName',
  'person.latinName',
  'person.gender',
  'person.birthYear',
  'person.estimatedAge',
];

type Values = PersonValues & { estimatedAge: string; who: 'new' | 'known'; personId: string };

/**
 * A person in a role: the role first, then either someone already on record
 * (found by name) or someone new with what is known of them (a name may be unknown).
 */
export function AddPersonModal({
  investigation,
  onClose,
  mutation,
}: Base & { mutation: InvestigationMutations['addPerson'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const mayFind = can(useMe(), 'people:identify');
  const thisYear = new Date().getFullYear();
  const form = useForm<Values>({
    initialValues: {
      role: '',
      who: 'new',
      personId: '',
      khmerName: '',
      latinName: '',
      gender: 'unknown',
      birthYear: '',
      estimatedAge: '',
      nationality: NONE,
    },
    validate: {
      role: (v) => (v ? null : t('validation.required')),
      personId: (v, values) => (values.who === 'known' && !v ? t('investigations.person.choose') : null),
      birthYear: (v, values) =>
        values.who === 'known' || validBirthYear(v, thisYear) ? null : t('investigations.person.badYear'),
      estimatedAge: (v, values) => (values.who === 'known' || validAge(v) ? null : t('investigations.person.badAge')),
      khmerName: (_v, values) =>
        values.who === 'new' && values.role && personIsEmpty(values) ? t('investigations.person.empty') : null,
    },
  });
  const serverErrors = (err: unknown) => {
    const mapped: Record<string, string> = {};
    for (const [k, v] of Object.entries(fieldErrors(err))) mapped[k.replace(/^person\./, '')] = v;
    form.setErrors(mapped);
  };
  const v = form.values;
  return (
    <AppModal opened onClose={onClose} title={t('investigations.person.title')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(
            values.who === 'known' ? { role: values.role, personId: values.personId } : personInput(values),
            {
              onSuccess: () => {
                notify(t('investigations.person.done', { role: labels.role(values.role) }));
                onClose();
              },
              onError: serverErrors,
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={PERSON_FIELDS} />
          <Select
            label={t('investigations.person.role')}
            required
            data={INVOLVEMENT_ROLES.map((r) => ({ value: r, label: labels.role(r) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('role')}
          />
          {v.role && mayFind && (
            <Radio.Group label={t('investigations.person.who')} {...form.getInputProps('who')}>
              <Group gap="lg" mt={6}>
                <Radio value="new" label={t('investigations.person.whoNew')} />
                <Radio value="known" label={t('investigations.person.whoKnown')} />
              </Group>
            </Radio.Group>
          )}
          {v.role && v.who === 'known' && (
            <PersonPicker
              value={v.personId}
              onChange={(personId) => form.setFieldValue('personId', personId)}
              error={form.errors.personId as string | undefined}
              already={investigation.people}
            />
          )}
          {v.role && v.who === 'new' && <NewPersonFields form={form} thisYear={thisYear} locale={locale} />}
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.person.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

type Form = UseFormReturnType<Values>;

function NewPersonFields({ form, thisYear, locale }: { form: Form; thisYear: number; locale: Locale }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('investigations.person.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          label={t('investigations.person.khmerName')}
          lang="km"
          autoComplete="off"
          maxLength={200}
          {...form.getInputProps('khmerName')}
        />
        <TextInput
          label={t('investigations.person.latinName')}
          lang="en"
          autoComplete="off"
          maxLength={200}
          {...form.getInputProps('latinName')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          label={t('investigations.person.gender')}
          data={GENDERS.map((g) => ({ value: g, label: labels.gender(g) }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('gender')}
        />
        <TextInput
          label={t('investigations.person.birthYear')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          placeholder={String(thisYear - 12)}
          {...form.getInputProps('birthYear')}
        />
      </SimpleGrid>
      <TextInput
        label={t('investigations.person.estimatedAge')}
        description={t('investigations.person.estimatedAgeHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        {...form.getInputProps('estimatedAge')}
      />
      <Select
        label={t('investigations.person.nationality')}
        data={[{ value: NONE, label: t('investigations.notRecorded') }, ...countryOptions(locale)]}
        allowDeselect={false}
        searchable
        limit={300}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('nationality')}
      />
    </>
  );
}
