import { Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_KINDS } from '../../../shared/investigations.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import { optionalText } from './helpers.ts';
import { type Base, Buttons } from './InvestigationModals.tsx';
import type { EvidenceItem } from './investigation-types.ts';
import type { InvestigationMutations } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';

const EVIDENCE_FIELDS = ['kind', 'description', 'collectedOn', 'holder'];

/** A new item of evidence: what it is (described, never imaged), when it was collected and who holds it. */
export function AddEvidenceModal({ onClose, mutation }: Base & { mutation: InvestigationMutations['evidence'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const form = useForm({
    initialValues: { kind: '', description: '', collectedOn: todayIso(), holder: '' },
    validate: {
      kind: (v) => (v ? null : t('validation.required')),
      description: (v) => (v.trim() ? null : t('validation.required')),
      collectedOn: (v) => (!v ? t('validation.date') : v > todayIso() ? t('investigations.notInFuture') : null),
      holder: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.evidence.addTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          mutation.mutate(
            { kind: v.kind, description: v.description.trim(), collectedOn: v.collectedOn, holder: v.holder.trim() },
            {
              onSuccess: () => {
                notify(t('investigations.evidence.added'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={EVIDENCE_FIELDS} />
          <Text size="sm">{t('investigations.evidence.metadataOnly')}</Text>
          <Select
            label={t('investigations.evidence.kind')}
            required
            data={EVIDENCE_KINDS.map((k) => ({ value: k, label: labels.evidenceKind(k) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <Textarea
            label={t('investigations.evidence.description')}
            description={<EncryptedHint text={t('investigations.encrypted')} />}
            required
            withAsterisk={false}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5_000}
            {...form.getInputProps('description')}
          />
          <TextInput
            type="date"
            label={t('investigations.evidence.collectedOn')}
            required
            max={todayIso()}
            {...form.getInputProps('collectedOn')}
          />
          <TextInput
            label={t('investigations.evidence.holder')}
            description={t('investigations.evidence.holderHint')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('holder')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.evidence.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** A hand-over in the chain of custody: to whom, when and why; the item's holder changes. */
export function HandOverModal({
  item,
  number,
  onClose,
  mutation,
}: Base & { item: EvidenceItem; number: number; mutation: InvestigationMutations['transfer'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { toHolder: '', on: todayIso(), reason: '' },
    validate: {
      toHolder: (v) => (v.trim() ? null : t('validation.required')),
      on: (v) =>
        !v
          ? t('validation.date')
          : v > todayIso()
            ? t('investigations.notInFuture')
            : v < item.collectedOn
              ? t('investigations.evidence.beforeCollected')
              : null,
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.evidence.handOverTitle', { n: number })}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          mutation.mutate(
            { evidenceId: item.id, toHolder: v.toHolder.trim(), on: v.on, ...optionalText('reason', v.reason) },
            {
              onSuccess: () => {
                notify(t('investigations.evidence.handedOver'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['toHolder', 'on', 'reason']} />
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('investigations.evidence.from', { holder: item.holder })}
          </Text>
          <TextInput
            label={t('investigations.evidence.toHolder')}
            description={t('investigations.evidence.holderHint')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('toHolder')}
          />
          <TextInput
            type="date"
            label={t('investigations.evidence.on')}
            required
            min={item.collectedOn}
            max={todayIso()}
            {...form.getInputProps('on')}
          />
          <Textarea
            label={t('investigations.evidence.reason')}
            description={t('investigations.evidence.reasonHint')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1_000}
            {...form.getInputProps('reason')}
          />
          <Buttons
            onClose={onClose}
            loading={mutation.isPending}
            submit={t('investigations.evidence.handOverSubmit')}
          />
        </Stack>
      </form>
    </AppModal>
  );
}
