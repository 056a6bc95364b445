import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CLOSE_REASONS } from '../../../shared/reports.ts';
import type { CloseReason, ReportDetail } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import { useReportLabels } from './labels.ts';
import type { useReportMutations } from './reports-api.ts';

type Props = {
  report: ReportDetail;
  mutation: ReturnType<typeof useReportMutations>['close'];
  onClose: () => void;
};

/** Closing needs a reason (for the statistics and the reporter's status); the note is optional. */
export function CloseReportModal({ report, mutation, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const form = useForm<{ reason: string; note: string }>({
    initialValues: { reason: '', note: '' },
    validate: { reason: (v) => (v ? null : t('validation.required')) },
  });
  return (
    <AppModal opened onClose={onClose} title={t('reports.closeTitle', { code: report.trackingCode })}>
      <form
        onSubmit={form.onSubmit(({ reason, note }) =>
          mutation.mutate(
            { reason: reason as CloseReason, ...(note.trim() ? { note: note.trim() } : {}) },
            {
              onSuccess: () => {
                notify(t('reports.closed'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
        noValidate
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['reason', 'note']} />
          <Select
            label={t('reports.closeReasonLabel')}
            data={CLOSE_REASONS.map((r) => ({ value: r, label: labels.closeReason(r) }))}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('reason')}
          />
          <Textarea
            label={t('reports.closeNote')}
            description={t('reports.noteHint')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={mutation.isPending}>
              {t('reports.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
