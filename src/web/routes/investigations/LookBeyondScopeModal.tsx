import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { useLookBeyondScope } from './investigations-api.ts';

/** The server's shortest reason; the form says so before sending. */
const MIN_REASON = 20;

/** `INV-000042`, `inv 42` or `42` → 42. */
export function parseInvestigationNumber(text: string): number | null {
  const match = /^\s*(?:inv[\s-]*)?0*(\d{1,9})\s*$/i.exec(text);
  const n = match ? Number(match[1]) : 0;
  return n > 0 ? n : null;
}

type Props = { onClose: () => void; onOpened: (id: string) => void };

/**
 * "Break the glass": open another office's investigation by its number. The
 * user writes why; the look is read-only, ends after a working day, and the
 * managers of that office review it. Saying so up front is the point.
 */
export function LookBeyondScopeModal({ onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const look = useLookBeyondScope();
  const form = useForm({
    initialValues: { number: '', reason: '' },
    validate: {
      number: (v) => (parseInvestigationNumber(v) ? null : t('investigations.look.badNumber')),
      reason: (v) => (v.trim().length >= MIN_REASON ? null : t('investigations.look.shortReason', { n: MIN_REASON })),
    },
  });
  const submit = (values: typeof form.values) =>
    look.mutate(
      { number: parseInvestigationNumber(values.number) as number, reason: values.reason.trim() },
      {
        onSuccess: (result) => onOpened(result.id),
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    );
  return (
    <AppModal opened onClose={onClose} title={t('investigations.look.title')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('investigations.look.warning')}
          </Alert>
          <ApiErrorAlert error={look.error} shownFields={['number', 'reason']} />
          <TextInput
            label={t('investigations.look.number')}
            description={t('investigations.look.numberHint')}
            required
            autoComplete="off"
            {...form.getInputProps('number')}
          />
          <Textarea
            label={t('investigations.look.reason')}
            description={t('investigations.look.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange.9" loading={look.isPending}>
              {t('investigations.look.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
