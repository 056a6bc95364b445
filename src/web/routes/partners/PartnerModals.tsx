import {
  Button,
  Checkbox,
  type ComboboxItem,
  Group,
  type OptionsFilter,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type PartnerKind } from '../../../shared/partners.ts';
import { PARTNER_SERVICES, type PartnerService } from '../../../shared/referrals.ts';
import { ApiError } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { countryOptions } from '../../countries.ts';
import { fieldErrors } from '../../errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useKindLabel, usePartnerCodeLabels } from './labels.ts';
import { type Partner, type PartnerInput, type PartnerPatch, useSavePartner } from './partners-api.ts';

// Mantine's clear button has no accessible name; an explicit "no country" choice is clearer anyway.
const NO_COUNTRY = 'none';
const FORM_FIELDS = ['kind', 'name', 'country', 'services', 'serviceCodes', 'contact', 'notes'];

type Values = {
  kind: string;
  name: string;
  country: string;
  services: string;
  serviceCodes: string[];
  contact: string;
  notes: string;
};

/** Empty text is "nothing": stored as null. */
const orNull = (value: string) => value.trim() || null;

function bodyOf(values: Values): PartnerInput {
  return {
    kind: values.kind as PartnerKind,
    name: values.name.trim(),
    country: values.country === NO_COUNTRY ? null : values.country,
    services: orNull(values.services),
    // In the order of the code list, as the server keeps them: an unchanged choice is no change.
    serviceCodes: PARTNER_SERVICES.filter((c) => values.serviceCodes.includes(c)),
    contact: orNull(values.contact),
    notes: orNull(values.notes),
  };
}

/** Only the fields that differ from the partner as it is: the audit log then names the real change. */
function changesOf(body: PartnerInput, partner: Partner): PartnerPatch {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const before = partner[key as keyof PartnerInput];
    if (JSON.stringify(value) !== JSON.stringify(before)) changes[key] = value;
  }
  return changes as PartnerPatch;
}

/** Country search matches the name in the reader's language, or the code ("TH"). */
const countryFilter: OptionsFilter = ({ options, search }) => {
  const s = search.trim().toLowerCase();
  if (!s) return options;
  return (options as ComboboxItem[]).filter(
    (o) => o.value === NO_COUNTRY || o.label.toLowerCase().includes(s) || o.value.toLowerCase() === s,
  );
};

/** After a refused submit, keyboard and screen-reader users land on the first field to fix. */
function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"]')?.focus());
}

type FormProps = {
  /** null: a new partner. */
  partner: Partner | null;
  onClose: () => void;
  onSaved: (partner: Partner) => void;
};

/** Adds a partner to the directory, or edits one. */
export function PartnerFormModal({ partner, onClose, onSaved }: FormProps) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const codeLabel = usePartnerCodeLabels();
  const locale = currentLocale();
  const countries = useMemo(
    () => [{ value: NO_COUNTRY, label: t('partners.field.noCountry') }, ...countryOptions(locale)],
    [locale, t],
  );
  const form = useForm<Values>({
    initialValues: {
      kind: partner?.kind ?? '',
      name: partner?.name ?? '',
      country: partner?.country ?? NO_COUNTRY,
      services: partner?.services ?? '',
      serviceCodes: partner?.serviceCodes ?? [],
      contact: partner?.contact ?? '',
      notes: partner?.notes ?? '',
    },
    validate: {
      kind: (v) => (v ? null : t('validation.required')),
      name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const save = useSavePartner();

  const submit = form.onSubmit((values) => {
    const body = bodyOf(values);
    const request = partner ? { id: partner.id, body: changesOf(body, partner) } : { body };
    if (partner && Object.keys(request.body).length === 0) {
      onSaved(partner);
      return;
    }
    save.mutate(request, {
      onSuccess: onSaved,
      onError: (err) => {
        form.setErrors(
          err instanceof ApiError && err.status === 409 ? { name: t('partners.form.duplicate') } : fieldErrors(err),
        );
        focusFirstError();
      },
    });
  }, focusFirstError);

  const isDuplicate = save.error instanceof ApiError && save.error.status === 409;
  return (
    <AppModal
      opened
      onClose={onClose}
      title={partner ? t('partners.form.editTitle') : t('partners.form.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {/* A duplicate name is said under the name field; other errors here. */}
          {!isDuplicate && <ApiErrorAlert error={save.error} shownFields={FORM_FIELDS} />}
          <Select
            label={t('partners.field.kind')}
            required
            withAsterisk
            data={PARTNER_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('partners.field.name')}
            required
            withAsterisk
            maxLength={200}
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <Select
            label={t('partners.field.country')}
            description={t('partners.field.countryHelp')}
            data={countries}
            searchable
            filter={countryFilter}
            nothingFoundMessage={t('partners.field.noMatch')}
            allowDeselect={false}
            {...form.getInputProps('country')}
          />
          <Checkbox.Group
            label={t('partners.field.serviceCodes')}
            description={t('partners.field.serviceCodesHelp')}
            {...form.getInputProps('serviceCodes')}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt={8}>
              {PARTNER_SERVICES.map((code: PartnerService) => (
                <Checkbox key={code} value={code} label={codeLabel.service(code)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            label={t('partners.field.services')}
            description={t('partners.field.servicesHelp')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            {...form.getInputProps('services')}
          />
          <Textarea
            label={t('partners.field.contact')}
            description={t('partners.field.contactHelp')}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={2000}
            {...form.getInputProps('contact')}
          />
          <Textarea
            label={t('partners.field.notes')}
            description={t('partners.field.notesHelp')}
            autosize
            minRows={2}
            maxRows={10}
            maxLength={20_000}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {partner ? t('common.save') : t('partners.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

type ActiveProps = { partner: Partner; onClose: () => void; onSaved: (partner: Partner) => void };

/** Deactivates a partner (it stays in the directory, no longer offered), or reactivates one. */
export function DeactivateOrReactivateModal({ partner, onClose, onSaved }: ActiveProps) {
  const { t } = useTranslation();
  const save = useSavePartner();
  const reactivating = !partner.active;
  return (
    <AppModal
      opened
      onClose={onClose}
      title={reactivating ? t('partners.activate.reactivateTitle') : t('partners.activate.deactivateTitle')}
    >
      <Stack gap="md">
        <Text>
          {reactivating
            ? t('partners.activate.reactivateExplain', { name: partner.name })
            : t('partners.activate.deactivateExplain', { name: partner.name })}
        </Text>
        <ApiErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={reactivating ? undefined : 'red.9'}
            loading={save.isPending}
            onClick={() => save.mutate({ id: partner.id, body: { active: reactivating } }, { onSuccess: onSaved })}
          >
            {reactivating ? t('partners.activate.reactivate') : t('partners.activate.deactivate')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
