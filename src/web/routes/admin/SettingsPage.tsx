import { Alert, Button, Fieldset, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Settings, settingsSchema } from '../../../shared/settings.ts';
import { api } from '../../api.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';

export function SettingsPage() {
  return (
    <RequirePermission permission="settings:manage">
      <SettingsScreen />
    </RequirePermission>
  );
}

const settingsKey = ['settings'] as const;
const FIELDS = Object.keys(settingsSchema.shape) as (keyof Settings)[];

function SettingsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api<Settings>('GET', '/api/settings'),
    // A refetch with other values would reset the form: never while someone is typing in it.
    refetchOnWindowFocus: false,
  });
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('settings.title')}</Title>
      <Text>{t('settings.intro')}</Text>
      <ApiErrorAlert error={settings.error} />
      {settings.isPending && <PageLoader />}
      {/* Keyed by the loaded values: a fresh form whenever the server's copy changes. */}
      {settings.data && <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />}
    </Stack>
  );
}

/** A number input holds '' while empty; the schema wants a number. */
type Values = Omit<Settings, 'ackMinutesEmergency' | 'ackHoursNormal'> & {
  ackMinutesEmergency: number | string;
  ackHoursNormal: number | string;
};

/** The settings whose value differs from the saved one, trimmed as the server would store them. */
function changesOf(values: Values, saved: Settings): Partial<Settings> {
  const changes: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const raw = values[key];
    const value = typeof raw === 'string' && typeof saved[key] === 'string' ? raw.trim() : raw;
    if (value !== saved[key]) changes[key] = value;
  }
  return changes as Partial<Settings>;
}

/** After a refused submit, keyboard and screen-reader users land on the first field to fix. */
function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The shared schema decides what is valid; the message is ours, in the reader's language.
  const check = (key: keyof Settings, message: string) => (value: unknown) =>
    settingsSchema.shape[key].safeParse(value).success ? null : message;
  const form = useForm<Values>({
    initialValues: saved,
    validate: {
      organisationName: check('organisationName', t('settings.validation.name')),
      policeNumber: check('policeNumber', t('settings.validation.phone')),
      hotlineNumber: check('hotlineNumber', t('settings.validation.phone')),
      ackMinutesEmergency: check('ackMinutesEmergency', t('settings.validation.minutes')),
      ackHoursNormal: check('ackHoursNormal', t('settings.validation.hours')),
    },
  });
  const changes = changesOf(form.values, saved);
  const changed = Object.keys(changes).length > 0;

  const save = useMutation({
    // Only what changed: the audit log then names exactly the settings that were changed.
    mutationFn: (patch: Partial<Settings>) => api<Settings>('PATCH', '/api/settings', patch),
    onSuccess: (next) => {
      queryClient.setQueryData(settingsKey, next);
      notify(t('settings.saved'));
    },
    onError: (err) => {
      form.setErrors(fieldErrors(err));
      focusFirstError();
    },
  });

  const submit = form.onSubmit((values) => {
    const patch = changesOf(values, saved);
    if (Object.keys(patch).length > 0) save.mutate(patch);
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ApiErrorAlert error={save.error} shownFields={FIELDS} />
        <Section legend={t('settings.organisation.legend')}>
          <TextInput
            label={t('settings.organisation.name')}
            description={t('settings.organisation.nameHelp')}
            required
            maxLength={200}
            {...form.getInputProps('organisationName')}
          />
        </Section>

        <Section legend={t('settings.numbers.legend')}>
          <Stack gap="md">
            <Text size="sm">{t('settings.numbers.legendHelp')}</Text>
            <TextInput
              label={t('settings.numbers.police')}
              description={t('settings.numbers.policeHelp')}
              required
              type="tel"
              inputMode="tel"
              maxLength={30}
              autoComplete="off"
              {...form.getInputProps('policeNumber')}
            />
            <TextInput
              label={t('settings.numbers.hotline')}
              description={t('settings.numbers.hotlineHelp')}
              required
              type="tel"
              inputMode="tel"
              maxLength={30}
              autoComplete="off"
              {...form.getInputProps('hotlineNumber')}
            />
            <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} c="dark">
              {t('settings.publicCacheNote')}
            </Alert>
          </Stack>
        </Section>

        <Section legend={t('settings.ack.legend')}>
          <Stack gap="md">
            <Text size="sm">{t('settings.ack.legendHelp')}</Text>
            <NumberInput
              label={t('settings.ack.emergency')}
              description={t('settings.ack.emergencyHelp')}
              required
              min={1}
              max={24 * 60}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              withAsterisk={false}
              styles={{ wrapper: { maxWidth: 200 } }}
              {...form.getInputProps('ackMinutesEmergency')}
            />
            <NumberInput
              label={t('settings.ack.normal')}
              description={t('settings.ack.normalHelp')}
              required
              min={1}
              max={24 * 14}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              withAsterisk={false}
              styles={{ wrapper: { maxWidth: 200 } }}
              {...form.getInputProps('ackHoursNormal')}
            />
          </Stack>
        </Section>

        <Group justify="flex-end" gap="sm">
          {!changed && (
            <Text size="sm" c="dimmed" mr="auto" aria-live="polite">
              {t('settings.noChanges')}
            </Text>
          )}
          <Button
            variant="default"
            disabled={!changed || save.isPending}
            onClick={() => {
              form.reset();
              save.reset();
            }}
          >
            {t('settings.reset')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!changed}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A group of settings: a fieldset, so screen readers name the group with each
 * field, inside a bordered box whose legend wraps cleanly on a phone.
 */
function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Fieldset
        variant="unstyled"
        legend={legend}
        styles={{
          legend: {
            fontWeight: 700,
            fontSize: 'var(--mantine-font-size-lg)',
            marginBottom: 'var(--mantine-spacing-xs)',
          },
        }}
      >
        {children}
      </Fieldset>
    </Paper>
  );
}
