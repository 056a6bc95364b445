import { Button, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_SERVICES, type PartnerService } from '../../../shared/referrals.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import { useKindLabel, usePartnerCodeLabels } from '../partners/labels.ts';
import { usePartners } from '../partners/partners-api.ts';
import { useSendReferral } from './referrals-api.ts';

const FIELDS = ['service', 'partnerId', 'sentOn', 'reason'];

type Values = { service: string; partnerId: string; sentOn: string; reason: string };

/** Refers the client of a case to an active partner: first the service, then a partner that offers it. */
export function ReferralSendModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const codes = usePartnerCodeLabels();
  const kindLabel = useKindLabel();
  const send = useSendReferral();
  const [everyPartner, setEveryPartner] = useState(false);
  const form = useForm<Values>({
    initialValues: { service: '', partnerId: '', sentOn: todayIso(), reason: '' },
    validate: {
      service: (v) => (v ? null : t('validation.required')),
      partnerId: (v) => (v ? null : t('validation.required')),
      sentOn: (v) => (v ? null : t('validation.required')),
    },
  });
  const service = (form.values.service || undefined) as PartnerService | undefined;
  const partners = usePartners({ active: 'true', service: everyPartner ? undefined : service });
  const options = (partners.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${kindLabel(p.kind)})` }));
  const noneOffer = !everyPartner && !!service && partners.isSuccess && options.length === 0;

  const submit = form.onSubmit((values) =>
    send.mutate(
      {
        caseId,
        partnerId: values.partnerId,
        service: values.service as PartnerService,
        sentOn: values.sentOn,
        reason: values.reason.trim() || null,
      },
      {
        onSuccess: () => {
          notify(t('referrals.send.done'));
          onClose();
        },
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    ),
  );

  return (
    <AppModal opened onClose={onClose} title={t('referrals.send.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={send.error} shownFields={FIELDS} />
          <Select
            label={t('referrals.field.service')}
            description={t('referrals.send.serviceHelp')}
            required
            data={PARTNER_SERVICES.map((code) => ({ value: code, label: codes.service(code) }))}
            allowDeselect={false}
            {...form.getInputProps('service')}
            onChange={(value) => {
              form.setFieldValue('service', value ?? '');
              form.setFieldValue('partnerId', '');
            }}
          />
          <Switch
            label={t('referrals.send.everyPartner')}
            checked={everyPartner}
            onChange={(event) => {
              setEveryPartner(event.currentTarget.checked);
              form.setFieldValue('partnerId', '');
            }}
          />
          <Select
            label={t('referrals.field.partner')}
            required
            searchable
            data={options}
            disabled={!service && !everyPartner}
            nothingFoundMessage={t('referrals.send.noMatch')}
            allowDeselect={false}
            {...form.getInputProps('partnerId')}
          />
          {noneOffer && (
            <Text size="sm" role="status">
              {t('referrals.send.noneOffer')}
            </Text>
          )}
          <TextInput type="date" label={t('referrals.field.sentOn')} required {...form.getInputProps('sentOn')} />
          <Textarea
            label={t('referrals.field.reason')}
            description={t('referrals.encrypted')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t('referrals.send.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
