import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../shared/referrals.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import { usePartnerCodeLabels } from './labels.ts';
import { type Agreement, type AgreementInput, useAgreementMutation } from './partners-api.ts';

const FIELDS = ['kind', 'signedOn', 'expiresOn', 'notes'];
type Values = { kind: string; signedOn: string; expiresOn: string; notes: string };

type Props = { partnerId: string; partnerName: string; agreement: Agreement | null; onClose: () => void };

/** Records an agreement (an MoU, a service agreement) with its dates, or corrects one. */
export function AgreementModal({ partnerId, partnerName, agreement, onClose }: Props) {
  const { t } = useTranslation();
  const codes = usePartnerCodeLabels();
  const save = useAgreementMutation(partnerId);
  const form = useForm<Values>({
    initialValues: {
      kind: agreement?.kind ?? 'mou',
      signedOn: agreement?.signedOn ?? '',
      expiresOn: agreement?.expiresOn ?? '',
      notes: agreement?.notes ?? '',
    },
    validate: {
      signedOn: (v) => (v ? null : t('validation.required')),
      expiresOn: (v, all) => (v && all.signedOn && v < all.signedOn ? t('partners.agreements.endsBeforeSigned') : null),
    },
  });
  const submit = form.onSubmit((values) => {
    const body: AgreementInput = {
      kind: values.kind as AgreementKind,
      signedOn: values.signedOn,
      expiresOn: values.expiresOn || null,
      notes: values.notes.trim() || null,
    };
    const change = agreement
      ? ({ action: 'update', agreementId: agreement.id, body } as const)
      : ({ action: 'add', body } as const);
    save.mutate(change, {
      onSuccess: () => {
        notify(t('partners.agreements.saved'));
        onClose();
      },
      onError: (err) => form.setErrors(fieldErrors(err)),
    });
  });
  return (
    <AppModal
      opened
      onClose={onClose}
      title={agreement ? t('partners.agreements.editTitle') : t('partners.agreements.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{partnerName}</Text>
          <ApiErrorAlert error={save.error} shownFields={FIELDS} />
          <Select
            label={t('partners.agreements.kind')}
            required
            data={AGREEMENT_KINDS.map((k) => ({ value: k, label: codes.agreementKind(k) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('partners.agreements.signedOn')}
              required
              {...form.getInputProps('signedOn')}
            />
            <TextInput
              type="date"
              label={t('partners.agreements.expiresOnLabel')}
              description={t('partners.agreements.expiresOnHelp')}
              {...form.getInputProps('expiresOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('partners.field.notes')}
            description={t('partners.agreements.notesHelp')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={5000}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
