import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { supportCaseNumber } from '../../../shared/support.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import type { StepTarget } from './ReferralList.tsx';
import { type Referral, type ReferralStep, useReferralStep } from './referrals-api.ts';

const FIELDS = ['on', 'reason', 'outcome'];

type Props = { referral: Referral; to: StepTarget; onClose: () => void };

/** Records the partner's answer (accepted, declined with its reason) or the end of the service (with its outcome). */
export function ReferralStepModal({ referral, to, onClose }: Props) {
  const { t } = useTranslation();
  const step = useReferralStep();
  const note = to === 'declined' ? 'reason' : to === 'completed' ? 'outcome' : null;
  const form = useForm({
    initialValues: { on: todayIso(), note: '' },
    validate: {
      on: (v) => (v ? null : t('validation.required')),
      note: (v) => (note && !v.trim() ? t('validation.required') : null),
    },
  });
  const submit = form.onSubmit((values) => {
    const body: ReferralStep =
      to === 'accepted'
        ? { status: 'accepted', on: values.on }
        : to === 'declined'
          ? { status: 'declined', on: values.on, reason: values.note.trim() }
          : { status: 'completed', on: values.on, outcome: values.note.trim() };
    step.mutate(
      { id: referral.id, body },
      {
        onSuccess: () => {
          notify(t(`referrals.step.${to}Done`));
          onClose();
        },
        onError: (err) => {
          const { reason, outcome, ...rest } = fieldErrors(err);
          form.setErrors({ ...rest, note: reason ?? outcome });
        },
      },
    );
  });
  return (
    <AppModal opened onClose={onClose} title={t(`referrals.step.${to}Title`)}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('referrals.step.which', {
              partner: referral.partner.name,
              case: supportCaseNumber(referral.caseNumber),
            })}
          </Text>
          <ApiErrorAlert error={step.error} shownFields={FIELDS} />
          <TextInput type="date" label={t(`referrals.step.${to}On`)} required {...form.getInputProps('on')} />
          {note && (
            <Textarea
              label={t(`referrals.field.${note === 'reason' ? 'declineReason' : 'outcome'}`)}
              description={t('referrals.encrypted')}
              required
              autosize
              minRows={3}
              maxRows={10}
              maxLength={5000}
              {...form.getInputProps('note')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={step.isPending} color={to === 'declined' ? 'red.9' : undefined}>
              {t(`referrals.action.${to}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
