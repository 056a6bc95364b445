import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { NONE, StaffSelect, useStaffOptions } from './StaffSelect.tsx';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail } from './support-types.ts';

type Props = { supportCase: SupportDetail; mutations: SupportMutations; onClose: () => void };

/** Who works the case: its social worker, its lawyer, and staff lent from other offices. */
export function AssignModal({ supportCase: c, mutations, onClose }: Props) {
  const { t } = useTranslation();
  const team = useStaffOptions('any', c.officeCode);
  const form = useForm({
    initialValues: {
      socialWorkerId: c.socialWorker?.id ?? NONE,
      lawyerId: c.lawyer?.id ?? NONE,
      memberIds: c.team.map((m) => m.id),
    },
  });
  const busy = mutations.edit.isPending || mutations.team.isPending;
  const submit = async (v: typeof form.values) => {
    try {
      await mutations.edit.mutateAsync({
        socialWorkerId: v.socialWorkerId === NONE ? null : v.socialWorkerId,
        lawyerId: v.lawyerId === NONE ? null : v.lawyerId,
      });
      await mutations.team.mutateAsync({ memberIds: v.memberIds });
      onClose();
    } catch (err) {
      form.setErrors(fieldErrors(err));
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('support.assign.title')} size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={mutations.edit.error ?? mutations.team.error} shownFields={Object.keys(form.values)} />
          <StaffSelect
            label={t('support.field.socialWorker')}
            staffRole="social_worker"
            officeCode={c.officeCode}
            {...form.getInputProps('socialWorkerId')}
          />
          <StaffSelect
            label={t('support.field.lawyer')}
            staffRole="lawyer"
            officeCode={c.officeCode}
            {...form.getInputProps('lawyerId')}
          />
          <MultiSelect
            label={t('support.field.team')}
            description={t('support.assign.teamHint')}
            data={team}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('memberIds')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
