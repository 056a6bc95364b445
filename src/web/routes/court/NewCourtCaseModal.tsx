import { MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COURT_STAGES, COURTS } from '../../../shared/court.ts';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { Buttons } from '../investigations/InvestigationModals.tsx';
import { type CourtCaseDetail, useCourtStaff, useCreateCourtCase, useOpenableInvestigations } from './court-api.ts';
import { investigationNumber, useCourtLabels } from './labels.ts';

type Props = { onClose: () => void; onCreated: (created: { id: string; number: number }) => void };
type Offender = CourtCaseDetail['candidates']['defendants'][number];

/** Opens a court case for an investigation the lawyer can see, with its offenders as defendants. */
export function NewCourtCaseModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const officeLabel = useOfficeLabel();
  const me = useMe();
  const investigations = useOpenableInvestigations(true);
  const staff = useCourtStaff(true);
  const create = useCreateCourtCase();
  const form = useForm({
    initialValues: {
      investigationId: '',
      courtCode: '',
      caseNumber: '',
      stage: 'police',
      openedOn: todayIso(),
      lawyerId: me.user.id,
      defendantIds: [] as string[],
    },
    validate: {
      investigationId: (v) => (v ? null : t('validation.required')),
      courtCode: (v) => (v ? null : t('validation.required')),
      openedOn: (v) => (v ? null : t('validation.date')),
    },
  });
  // The investigation's offenders, read through the court API (a lawyer need not read investigations).
  const offenders = useQuery({
    queryKey: ['court', 'offenders', form.values.investigationId],
    queryFn: async () =>
      (
        await api<{ items: Offender[] }>(
          'GET',
          `/api/court/investigations/${encodeURIComponent(form.values.investigationId)}/offenders`,
        )
      ).items,
    enabled: !!form.values.investigationId,
  });
  const shown = ['investigationId', 'courtCode', 'caseNumber', 'stage', 'openedOn', 'lawyerId', 'defendantIds'];
  return (
    <AppModal opened onClose={onClose} title={t('court.new.title')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              investigationId: v.investigationId,
              courtCode: v.courtCode,
              stage: v.stage,
              openedOn: v.openedOn,
              defendantIds: v.defendantIds,
              ...(v.caseNumber.trim() ? { caseNumber: v.caseNumber.trim() } : {}),
              ...(v.lawyerId ? { lawyerId: v.lawyerId } : {}),
            },
            { onSuccess: onCreated, onError: (err) => form.setErrors(fieldErrors(err)) },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={create.error} shownFields={shown} />
          <Select
            label={t('court.field.investigation')}
            required
            searchable
            data={(investigations.data ?? []).map((i) => ({
              value: i.id,
              label: `${investigationNumber(i.number)} · ${i.officeCode ? officeLabel(i.officeCode) : '—'}`,
            }))}
            nothingFoundMessage={t('court.new.noInvestigation')}
            {...form.getInputProps('investigationId')}
            onChange={(v) => {
              form.setFieldValue('investigationId', v ?? '');
              form.setFieldValue('defendantIds', []);
            }}
          />
          <MultiSelect
            label={t('court.field.defendants')}
            description={t('court.new.defendantsHint')}
            searchable
            disabled={!form.values.investigationId}
            data={(offenders.data ?? []).map((o) => ({
              value: o.involvementId,
              label: `${o.displayName} (${labels.role(o.role)})`,
            }))}
            {...form.getInputProps('defendantIds')}
          />
          <Select
            label={t('court.field.court')}
            required
            searchable
            data={COURTS.map((c) => ({ value: c.code, label: labels.court(c.code) }))}
            {...form.getInputProps('courtCode')}
          />
          <TextInput label={t('court.field.caseNumber')} maxLength={100} {...form.getInputProps('caseNumber')} />
          <Select
            label={t('court.field.stage')}
            allowDeselect={false}
            data={COURT_STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
            {...form.getInputProps('stage')}
          />
          <TextInput
            type="date"
            label={t('court.field.openedOn')}
            required
            max={todayIso()}
            {...form.getInputProps('openedOn')}
          />
          <Select
            label={t('court.field.lawyer')}
            searchable
            data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            {...form.getInputProps('lawyerId')}
          />
          <Buttons onClose={onClose} loading={create.isPending} submit={t('court.new.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}
