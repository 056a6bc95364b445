import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import type { StandardsItem } from './indicator-types.ts';
import { useChangeItems } from './indicators-api.ts';

/** Adds a checklist item, or rewords one, in English and Khmer. */
export function ItemModal({ item, onClose }: { item: StandardsItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeItems();
  const form = useForm({
    initialValues: { labelEn: item?.labelEn ?? '', labelKm: item?.labelKm ?? '' },
    validate: {
      labelEn: (v) => (v.trim() ? null : t('validation.required')),
      labelKm: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const submit = form.onSubmit((values) => {
    const labels = { labelEn: values.labelEn.trim(), labelKm: values.labelKm.trim() };
    change.mutate(item ? { kind: 'update', id: item.id, ...labels } : { kind: 'create', ...labels }, {
      onSuccess: () => {
        notify(t('indicators.admin.items.saved'));
        onClose();
      },
      onError: (err) => form.setErrors(fieldErrors(err)),
    });
  });
  return (
    <AppModal
      opened
      onClose={onClose}
      size="lg"
      title={item ? t('indicators.admin.items.editTitle') : t('indicators.admin.items.addTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={change.error} shownFields={['labelEn', 'labelKm']} />
          <Textarea
            label={t('indicators.admin.items.labelEn')}
            required
            lang="en"
            autosize
            minRows={2}
            maxLength={300}
            {...form.getInputProps('labelEn')}
          />
          <Textarea
            label={t('indicators.admin.items.labelKm')}
            required
            lang="km"
            autosize
            minRows={2}
            maxLength={300}
            {...form.getInputProps('labelKm')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
