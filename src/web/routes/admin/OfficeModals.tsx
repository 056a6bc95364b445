import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Office } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { officesQueryKey } from '../../hooks.ts';

type Patch = { nameEn?: string; nameKm?: string; closedOn?: string | null };

/** PATCH an office, then refresh every list that names offices. */
function useOfficeUpdate(office: Office, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Patch) => api<{ office: Office }>('PATCH', `/api/offices/${office.code}`, patch),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: officesQueryKey });
      onDone();
    },
  });
}

type Props = { office: Office; onClose: () => void; onSaved: () => void };

/** Renames an office in English and Khmer. */
export function RenameOfficeModal({ office, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { nameEn: office.nameEn, nameKm: office.nameKm },
    validate: {
      nameEn: (v) => (v.trim() ? null : t('validation.required')),
      nameKm: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const update = useOfficeUpdate(office, onSaved);
  return (
    <AppModal opened onClose={onClose} title={t('offices.renameTitle', { code: office.code })}>
      <form
        onSubmit={form.onSubmit((values) =>
          update.mutate(values, { onError: (err) => form.setErrors(fieldErrors(err)) }),
        )}
        noValidate
      >
        <Stack gap="md">
          <ApiErrorAlert error={update.error} shownFields={['nameEn', 'nameKm']} />
          <TextInput label={t('offices.nameEn')} required lang="en" {...form.getInputProps('nameEn')} />
          <TextInput label={t('offices.nameKm')} required lang="km" {...form.getInputProps('nameKm')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** Closes an office on a date (records keep their office), or reopens a closed one. */
export function CloseOrReopenOfficeModal({ office, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const reopening = office.closedOn !== null;
  const form = useForm({
    initialValues: { closedOn: todayIso() },
    validate: { closedOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('validation.date')) },
  });
  const update = useOfficeUpdate(office, onSaved);
  const submit = form.onSubmit(({ closedOn }) =>
    update.mutate({ closedOn: reopening ? null : closedOn }, { onError: (err) => form.setErrors(fieldErrors(err)) }),
  );
  return (
    <AppModal opened onClose={onClose} title={reopening ? t('offices.reopenTitle') : t('offices.closeTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{reopening ? t('offices.reopenConfirm', { code: office.code }) : t('offices.closeExplain')}</Text>
          <ApiErrorAlert error={update.error} shownFields={reopening ? [] : ['closedOn']} />
          {!reopening && (
            <TextInput type="date" label={t('offices.closedOn')} required {...form.getInputProps('closedOn')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} color={reopening ? undefined : 'red.9'}>
              {reopening ? t('offices.reopen') : t('offices.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
