import { Button, Checkbox, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, CONSENT_SCOPES, NEEDS, PLACEMENTS, RISK_LEVELS } from '../../../shared/support.ts';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { useSupportLabels } from './labels.ts';
import { NONE, StaffSelect } from './StaffSelect.tsx';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail } from './support-types.ts';

type Base = { supportCase: SupportDetail; onClose: () => void };

function Actions({ onClose, busy, submit }: { onClose: () => void; busy: boolean; submit: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {submit}
      </Button>
    </Group>
  );
}

const dateRule = (t: (k: string) => string) => (v: string) =>
  !v ? t('validation.date') : v > todayIso() ? t('support.notInFuture') : null;

export function AssessmentModal({
  supportCase: c,
  onClose,
  mutation,
}: Base & { mutation: SupportMutations['assessment'] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const a = c.assessment;
  const form = useForm({
    initialValues: {
      riskLevel: a?.riskLevel ?? '',
      assessedOn: a?.assessedOn ?? todayIso(),
      needs: (a?.needs ?? []) as string[],
      assessment: a?.assessment ?? '',
      needsNotes: a?.needsNotes ?? '',
    },
    validate: {
      riskLevel: (v) => (v ? null : t('validation.required')),
      assessedOn: dateRule(t),
    },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      {
        riskLevel: v.riskLevel as (typeof RISK_LEVELS)[number],
        assessedOn: v.assessedOn,
        needs: v.needs as (typeof NEEDS)[number][],
        assessment: v.assessment.trim() || undefined,
        needsNotes: v.needsNotes.trim() || undefined,
      },
      { onSuccess: onClose, onError: (err) => form.setErrors(fieldErrors(err)) },
    );
  return (
    <AppModal opened onClose={onClose} title={t('support.assess.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={Object.keys(form.values)} />
          <Radio.Group label={t('support.field.risk')} required {...form.getInputProps('riskLevel')}>
            <Group gap="lg" mt={6}>
              {RISK_LEVELS.map((r) => (
                <Radio key={r} value={r} label={labels.risk(r)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('support.field.assessedOn')}
            required
            max={todayIso()}
            {...form.getInputProps('assessedOn')}
          />
          <Checkbox.Group label={t('support.field.needs')} {...form.getInputProps('needs')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {NEEDS.map((n) => (
                <Checkbox key={n} value={n} label={labels.need(n)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label={t('support.field.assessment')}
            description={<EncryptedHint text={t('support.encrypted')} />}
            autosize
            minRows={3}
            maxLength={20_000}
            {...form.getInputProps('assessment')}
          />
          <Textarea
            label={t('support.field.needsNotes')}
            description={<EncryptedHint text={t('support.encrypted')} />}
            autosize
            minRows={2}
            maxLength={20_000}
            {...form.getInputProps('needsNotes')}
          />
          <Actions onClose={onClose} busy={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}

export function ConsentModal({ onClose, mutation }: Base & { mutation: SupportMutations['consent'] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const form = useForm({
    initialValues: { givenBy: 'child', givenOn: todayIso(), scope: [] as string[], notes: '' },
    validate: {
      givenOn: dateRule(t),
      scope: (v) => (v.length ? null : t('support.consent.chooseScope')),
    },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      {
        givenBy: v.givenBy as (typeof CONSENT_GIVERS)[number],
        givenOn: v.givenOn,
        scope: v.scope as (typeof CONSENT_SCOPES)[number][],
        notes: v.notes.trim() || undefined,
      },
      { onSuccess: onClose, onError: (err) => form.setErrors(fieldErrors(err)) },
    );
  return (
    <AppModal opened onClose={onClose} title={t('support.consent.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={Object.keys(form.values)} />
          <Radio.Group label={t('support.field.consentBy')} required {...form.getInputProps('givenBy')}>
            <Group gap="lg" mt={6}>
              {CONSENT_GIVERS.map((g) => (
                <Radio key={g} value={g} label={labels.consentBy(g)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('support.field.givenOn')}
            required
            max={todayIso()}
            {...form.getInputProps('givenOn')}
          />
          <Checkbox.Group label={t('support.field.consentScope')} required {...form.getInputProps('scope')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {CONSENT_SCOPES.map((s) => (
                <Checkbox key={s} value={s} label={labels.consentScope(s)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label={t('support.field.consentNotes')}
            description={<EncryptedHint text={t('support.encrypted')} />}
            autosize
            minRows={2}
            maxLength={5_000}
            {...form.getInputProps('notes')}
          />
          <Actions onClose={onClose} busy={mutation.isPending} submit={t('support.consent.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

type PartnerOption = { id: string; name: string };

export function PlacementModal({
  supportCase: c,
  onClose,
  mutation,
}: Base & { mutation: SupportMutations['placement'] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const form = useForm({
    initialValues: { placement: '', partnerId: NONE, decidedOn: todayIso(), decidedById: NONE, reason: '' },
    validate: {
      placement: (v) => (v ? null : t('validation.required')),
      decidedOn: dateRule(t),
    },
  });
  const withPartner = form.values.placement === 'shelter' || form.values.placement === 'partner_ngo';
  const partners = useQuery({
    queryKey: ['partners', 'for-placement'],
    queryFn: async () =>
      (await api<{ items: PartnerOption[] }>('GET', '/api/partners')).items.map((p) => ({
        value: p.id,
        label: p.name,
      })),
    enabled: withPartner,
    staleTime: 60_000,
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      {
        placement: v.placement as (typeof PLACEMENTS)[number],
        partnerId: withPartner && v.partnerId !== NONE ? v.partnerId : undefined,
        decidedOn: v.decidedOn,
        decidedById: v.decidedById === NONE ? undefined : v.decidedById,
        reason: v.reason.trim() || undefined,
      },
      { onSuccess: onClose, onError: (err) => form.setErrors(fieldErrors(err)) },
    );
  return (
    <AppModal opened onClose={onClose} title={t('support.place.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={Object.keys(form.values)} />
          <Radio.Group label={t('support.field.placement')} required {...form.getInputProps('placement')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {PLACEMENTS.map((p) => (
                <Radio key={p} value={p} label={labels.placement(p)} />
              ))}
            </SimpleGrid>
          </Radio.Group>
          {withPartner && (
            <Select
              label={t('support.field.partner')}
              data={[{ value: NONE, label: t('support.nobody') }, ...(partners.data ?? [])]}
              searchable
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('partnerId')}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('support.field.decidedOn')}
              required
              max={todayIso()}
              {...form.getInputProps('decidedOn')}
            />
            <StaffSelect
              label={t('support.field.decidedBy')}
              staffRole="any"
              officeCode={c.officeCode}
              {...form.getInputProps('decidedById')}
            />
          </SimpleGrid>
          <Textarea
            label={t('support.field.placementReason')}
            description={<EncryptedHint text={t('support.encrypted')} />}
            autosize
            minRows={2}
            maxLength={5_000}
            {...form.getInputProps('reason')}
          />
          <Actions onClose={onClose} busy={mutation.isPending} submit={t('support.place.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}
