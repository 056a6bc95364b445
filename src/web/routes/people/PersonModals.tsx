import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFingerprint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, GENDERS } from '../../../shared/people.ts';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { countryOptions } from '../../countries.ts';
import { fieldErrors } from '../../errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { unbroken, usePeopleLabels } from './labels.ts';
import type { PersonDetail, usePersonMutations } from './person-api.ts';
import {
  COMMON_LANGUAGES,
  type CorrectionValues,
  collapseFieldErrors,
  correctionPatch,
  type DocumentKind,
  toCorrectionValues,
} from './person-form.ts';

type Mutations = ReturnType<typeof usePersonMutations>;

const CORRECTION_FIELDS = [
  'khmerName',
  'latinName',
  'aliases',
  'gender',
  'birthDate',
  'birthYear',
  'estimatedAge',
  'nationality',
  'languages',
] as const;

export function useLanguageName() {
  const { t } = useTranslation();
  return (code: string) => t(`people.language.${code}`, { defaultValue: code });
}

/** Corrections to the record's facts; the server's messages appear next to the fields they concern. */
export function CorrectPersonModal({
  person,
  mutation,
  onClose,
}: {
  person: PersonDetail;
  mutation: Mutations['correct'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const languageName = useLanguageName();
  const form = useForm<CorrectionValues>({ initialValues: toCorrectionValues(person) });
  const languages = [...new Set([...COMMON_LANGUAGES, ...person.languages])].map((code) => ({
    value: code,
    label: languageName(code),
  }));
  return (
    <AppModal
      opened
      onClose={onClose}
      size="lg"
      title={t('people.person.correctTitle', { record: unbroken(person.pseudonym) })}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const patch = correctionPatch(person, values);
          if (Object.keys(patch).length === 0) {
            onClose();
            return;
          }
          mutation.mutate(patch, {
            onSuccess: () => {
              notify(t('people.person.corrected'));
              onClose();
            },
            onError: (err) => form.setErrors(collapseFieldErrors(fieldErrors(err))),
          });
        })}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={CORRECTION_FIELDS} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('people.fact.khmerName')}
              lang="km"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              {...form.getInputProps('khmerName')}
            />
            <TextInput
              label={t('people.fact.latinName')}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              {...form.getInputProps('latinName')}
            />
          </SimpleGrid>
          <TagsInput
            label={t('people.person.aliases')}
            description={t('people.person.aliasesHint')}
            maxTags={20}
            clearable
            {...form.getInputProps('aliases')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('people.fact.gender')}
              data={GENDERS.map((g) => ({ value: g, label: labels.gender(g) }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('gender')}
            />
            <Select
              label={t('people.fact.nationality')}
              data={countryOptions(currentLocale())}
              searchable
              clearable
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('nationality')}
              value={form.values.nationality || null}
              onChange={(v) => form.setFieldValue('nationality', v ?? '')}
            />
            <TextInput type="date" label={t('people.person.birthDate')} {...form.getInputProps('birthDate')} />
            <TextInput
              label={t('people.fact.birthYear')}
              description={t('people.person.birthYearHint')}
              inputMode="numeric"
              maxLength={4}
              {...form.getInputProps('birthYear')}
            />
          </SimpleGrid>
          <TextInput
            label={t('people.person.estimatedAge')}
            description={t('people.person.estimatedAgeHint')}
            inputMode="numeric"
            maxLength={3}
            {...form.getInputProps('estimatedAge')}
          />
          <MultiSelect
            label={t('people.person.languages')}
            data={languages}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('languages')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** An identity document's number, kept by the server as a keyed fingerprint only: it is never shown again. */
export function AddDocumentModal({
  person,
  mutation,
  onClose,
}: {
  person: PersonDetail;
  mutation: Mutations['addDocument'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ kind: string; number: string }>({
    initialValues: { kind: '', number: '' },
    validate: {
      kind: (v) => (v ? null : t('validation.required')),
      number: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('people.person.documentTitle', { record: unbroken(person.pseudonym) })}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ kind, number }) =>
          mutation.mutate(
            { kind: kind as DocumentKind, number: number.trim() },
            {
              onSuccess: () => {
                notify(t('people.person.documentAdded'));
                onClose();
              },
              onError: (err) =>
                form.setErrors(
                  err instanceof ApiError && err.status === 409
                    ? { number: t('people.person.documentDuplicate') }
                    : collapseFieldErrors(fieldErrors(err)),
                ),
            },
          ),
        )}
      >
        <Stack gap="md">
          <Alert variant="light" color="blue" icon={<IconFingerprint size={20} aria-hidden />}>
            <Text size="sm">{t('people.person.fingerprintNote')}</Text>
          </Alert>
          <Text size="sm">{t('people.person.documentCount', { count: person.documents })}</Text>
          {/* Already recorded: said next to the number, in the reader's language. */}
          <ApiErrorAlert
            error={mutation.error instanceof ApiError && mutation.error.status === 409 ? null : mutation.error}
            shownFields={['kind', 'number']}
          />
          <Select
            label={t('people.person.documentKind')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`people.documentKind.${k}`) }))}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('people.person.documentNumber')}
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={50}
            {...form.getInputProps('number')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('people.person.documentSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
