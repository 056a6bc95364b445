import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MODUS_OPERANDI } from '../../../shared/people.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { fieldErrors } from '../../errors.ts';
import { todayIso } from '../../format.ts';
import { notify } from '../../notify.ts';
import { type ProfileValues, profileChanges, profileValues } from './helpers.ts';
import { type Base, Buttons, dateRule } from './InvestigationModals.tsx';
import type { InvestigationPerson } from './investigation-types.ts';
import type { InvestigationMutations } from './investigations-api.ts';
import { useInvestigationLabels } from './labels.ts';

type PersonProps = Base & { person: InvestigationPerson };

/** What happened to a person: the arrest, the rescue, and an offender's profile. */
export function ArrestModal({
  investigation,
  person,
  onClose,
  mutation,
}: PersonProps & { mutation: InvestigationMutations['arrest'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { arrestedOn: todayIso(), agency: '', place: '' },
    validate: { arrestedOn: dateRule(t, investigation.openedOn) },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.arrest.title', { name: person.displayName })}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ arrestedOn, agency, place }) =>
          mutation.mutate(
            {
              involvementId: person.involvementId,
              arrestedOn,
              ...(agency.trim() ? { agency: agency.trim() } : {}),
              ...(place.trim() ? { place: place.trim() } : {}),
            },
            {
              onSuccess: () => {
                notify(t('investigations.arrest.done'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['arrestedOn', 'agency', 'place']} />
          <TextInput
            type="date"
            label={t('investigations.arrest.on')}
            required
            min={investigation.openedOn}
            max={todayIso()}
            {...form.getInputProps('arrestedOn')}
          />
          <TextInput
            label={t('investigations.arrest.agency')}
            description={t('investigations.arrest.agencyHint')}
            maxLength={200}
            {...form.getInputProps('agency')}
          />
          <TextInput
            label={t('investigations.arrest.place')}
            description={<EncryptedHint text={t('investigations.encrypted')} />}
            maxLength={500}
            {...form.getInputProps('place')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.arrest.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** The rescue of a child victim, dated. */
export function RescueModal({
  investigation,
  person,
  onClose,
  mutation,
}: PersonProps & { mutation: InvestigationMutations['rescue'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { rescuedOn: todayIso() },
    validate: { rescuedOn: dateRule(t, investigation.openedOn) },
  });
  return (
    <AppModal opened onClose={onClose} title={t('investigations.rescue.title', { name: person.displayName })}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ rescuedOn }) =>
          mutation.mutate(
            { involvementId: person.involvementId, rescuedOn },
            {
              onSuccess: () => {
                notify(t('investigations.rescue.done'));
                onClose();
              },
              onError: (err) => form.setErrors(fieldErrors(err)),
            },
          ),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['rescuedOn']} />
          <TextInput
            type="date"
            label={t('investigations.rescue.on')}
            required
            min={investigation.openedOn}
            max={todayIso()}
            {...form.getInputProps('rescuedOn')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('investigations.rescue.submit')} />
        </Stack>
      </form>
    </AppModal>
  );
}

const PROFILE_FIELDS = ['occupation', 'modusOperandi', 'charges', 'outcome'];

/** The offender profile of a perpetrator or accomplice; only what changed is sent. */
export function ProfileModal({
  person,
  onClose,
  mutation,
}: PersonProps & { mutation: InvestigationMutations['profile'] }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const form = useForm<ProfileValues>({ initialValues: profileValues(person.profile) });
  const submit = (values: ProfileValues) => {
    const changes = profileChanges(person.profile, values);
    if (Object.keys(changes).length === 0) {
      notify(t('investigations.nothingChanged'));
      onClose();
      return;
    }
    mutation.mutate(
      { involvementId: person.involvementId, ...changes },
      {
        onSuccess: () => {
          notify(t('investigations.profile.done'));
          onClose();
        },
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    );
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('investigations.profile.title', { name: person.displayName })}
      size="lg"
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={PROFILE_FIELDS} />
          <TextInput
            label={t('investigations.profile.occupation')}
            maxLength={200}
            {...form.getInputProps('occupation')}
          />
          <MultiSelect
            label={t('investigations.profile.modusOperandi')}
            description={t('investigations.profile.modusOperandiHint')}
            data={MODUS_OPERANDI.map((m) => ({ value: m, label: labels.modus(m) }))}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('modusOperandi')}
          />
          <Textarea
            label={t('investigations.profile.charges')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={1_000}
            {...form.getInputProps('charges')}
          />
          <Textarea
            label={t('investigations.profile.outcome')}
            description={t('investigations.profile.outcomeHint')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={1_000}
            {...form.getInputProps('outcome')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}
