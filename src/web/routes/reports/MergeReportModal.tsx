import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import type { useReportMutations } from './reports-api.ts';

type Props = {
  report: ReportDetail;
  mutation: ReturnType<typeof useReportMutations>['merge'];
  onClose: () => void;
};

/** A duplicate is closed into the report it repeats; the reporter then follows the other report's status. */
export function MergeReportModal({ report, mutation, onClose }: Props) {
  const { t } = useTranslation();
  // The server's field messages are English; the two an operator will meet are said in their language.
  const mergeErrors = (fields: Record<string, string>) => {
    const m = fields.intoTrackingCode;
    if (m === 'no such report') return { ...fields, intoTrackingCode: t('reports.mergeNotFound') };
    if (m?.includes('itself')) return { ...fields, intoTrackingCode: t('reports.mergeSelf') };
    return fields;
  };
  const form = useForm({
    initialValues: { intoTrackingCode: '' },
    validate: { intoTrackingCode: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <AppModal opened onClose={onClose} title={t('reports.mergeTitle', { code: report.trackingCode })}>
      <form
        onSubmit={form.onSubmit(({ intoTrackingCode }) =>
          mutation.mutate(intoTrackingCode.trim(), {
            onSuccess: () => {
              notify(t('reports.merged'));
              onClose();
            },
            onError: (err) => form.setErrors(mergeErrors(fieldErrors(err))),
          }),
        )}
        noValidate
      >
        <Stack gap="md">
          <Text>{t('reports.mergeExplain')}</Text>
          <ApiErrorAlert error={mutation.error} shownFields={['intoTrackingCode']} />
          <TextInput
            label={t('reports.mergeInto')}
            description={t('reports.mergeHint')}
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            ff="monospace"
            data-autofocus
            {...form.getInputProps('intoTrackingCode')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>
              {t('reports.mergeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
