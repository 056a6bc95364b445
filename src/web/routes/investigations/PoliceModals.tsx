import { Alert, Anchor, Button, Group, Loader, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LIAISON_KINDS } from '../../../shared/investigations.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import { agencyChoices, optionalText } from './helpers.ts';
import { type Base, Buttons } from './InvestigationModals.tsx';
import { type InvestigationMutations, useAgencyPartners } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';
import { useAgencyFacts } from './PoliceSections.tsx';

/** A cooperating agency, picked from the partner directory's active police units and government bodies. */
export function AddAgencyModal({
  investigation,
  onClose,
  mutation,
}: Base & { mutation: InvestigationMutations['agency'] }) {
  const { t } = useTranslation();
  const partners = useAgencyPartners();
  const facts = useAgencyFacts();
  const choices = agencyChoices(partners.data ?? [], investigation.agencies);
  const form = useForm({
    initialValues: { partnerId: '' },
    validate: { partnerId: (v) => (v ? null : t('validation.required')) },
  });
  const group = (kind: 'police' | 'government', label: string) => ({
    group: label,
    items: choices.filter((p) => p.kind === kind).map((p) => ({ value: p.id, label: [p.name, facts(p)].join(' — ') })),
  });
  const data = [
    group('police', t('investigations.agencies.police')),
    group('government', t('investigations.agencies.government')),
  ].filter((g) => g.items.length > 0);
  return (
    <AppModal opened onClose={onClose} title={t('investigations.agencies.addTitle')}>
      {partners.isPending ? (
        <Group justify="center" p="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Group>
      ) : partners.error ? (
        <ApiErrorAlert error={partners.error} />
      ) : choices.length === 0 ? (
        <NoAgencies onClose={onClose} allAdded={(partners.data ?? []).length > 0} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            mutation.mutate(values, {
              onSuccess: () => {
                notify(t('investigations.agencies.added'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            }),
          )}
        >
          <Stack gap="md">
            <ApiErrorAlert error={mutation.error} shownFields={['partnerId']} />
            <Select
              label={t('investigations.agencies.pick')}
              description={t('investigations.agencies.pickHint')}
              required
              data={data}
              searchable
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('partnerId')}
            />
            <DirectoryLink />
            <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.agencies.submit')} />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

function DirectoryLink() {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('investigations.agencies.missing')}{' '}
      <Anchor renderRoot={(props) => <Link to="/partners" {...props} />}>
        {t('investigations.agencies.directory')}
      </Anchor>
    </Text>
  );
}

function NoAgencies({ onClose, allAdded }: { onClose: () => void; allAdded: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert variant="light" color="yellow">
        {allAdded ? t('investigations.agencies.allAdded') : t('investigations.agencies.noneInDirectory')}
      </Alert>
      <DirectoryLink />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

const LIAISON_FIELDS = ['partnerId', 'kind', 'on', 'note'];

/** A contact with a cooperating agency: which one, how, when, and what was said (encrypted). */
export function LiaisonModal({
  investigation,
  onClose,
  mutation,
}: Base & { mutation: InvestigationMutations['liaison'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const only = investigation.agencies.length === 1 ? investigation.agencies[0]?.id : undefined;
  const form = useForm({
    initialValues: { partnerId: only ?? '', kind: '', on: todayIso(), note: '' },
    validate: {
      partnerId: (v) => (v ? null : t('validation.required')),
      kind: (v) => (v ? null : t('validation.required')),
      on: (v) => (!v ? t('validation.date') : v > todayIso() ? t('investigations.notInFuture') : null),
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.liaison.addTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          mutation.mutate(
            { partnerId: v.partnerId, kind: v.kind, on: v.on, ...optionalText('note', v.note) },
            {
              onSuccess: () => {
                notify(t('investigations.liaison.added'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={LIAISON_FIELDS} />
          <Select
            label={t('investigations.liaison.agency')}
            required
            data={investigation.agencies.map((a) => ({ value: a.id, label: a.name }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('partnerId')}
          />
          <Select
            label={t('investigations.liaison.kind')}
            required
            data={LIAISON_KINDS.map((k) => ({ value: k, label: labels.liaisonKind(k) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <TextInput
            type="date"
            label={t('investigations.liaison.on')}
            required
            max={todayIso()}
            {...form.getInputProps('on')}
          />
          <Textarea
            label={t('investigations.liaison.note')}
            description={<EncryptedHint text={t('investigations.encrypted')} />}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={20_000}
            {...form.getInputProps('note')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.liaison.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}
