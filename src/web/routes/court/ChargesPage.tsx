import { Anchor, Badge, Button, Card, Group, NumberInput, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { useMe } from '../../hooks.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { Buttons } from '../investigations/InvestigationModals.tsx';
import { type Charge, useChargeMutations, useCharges, useCourtSettings } from './court-api.ts';

export function ChargesPage() {
  return (
    <RequirePermission permission="settings:manage">
      <Screen />
    </RequirePermission>
  );
}

/** Administrators keep the charges list (add, rename, deactivate; a charge is never deleted) and the reminder window. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('court.charges.title'));
  const charges = useCharges();
  const mutations = useChargeMutations();
  const [editing, setEditing] = useState<Charge | 'new' | null>(null);
  // An administrator without court:read has no court list to go back to.
  const mayReadCases = can(useMe(), 'court:read');
  return (
    <Stack gap="md">
      {mayReadCases && (
        <Anchor renderRoot={(props) => <Link to="/court" {...props} />} size="sm" w="fit-content">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('court.backToList')}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between">
        <Title order={1}>{t('court.charges.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('court.charges.add')}
        </Button>
      </Group>
      <Text size="sm">{t('court.charges.hint')}</Text>
      <ApiErrorAlert error={charges.error ?? mutations.update.error} />
      {charges.isPending ? (
        <PageLoader />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {(charges.data ?? []).map((charge) => (
            <Card key={charge.id} component="li" withBorder padding="sm">
              <Stack gap={4}>
                <Text fw={700}>{charge.labelEn}</Text>
                <Text lang="km">{charge.labelKm}</Text>
                <Group gap="sm">
                  <Switch
                    label={t('court.charges.active')}
                    checked={charge.active}
                    onChange={(e) => mutations.update.mutate({ id: charge.id, active: e.currentTarget.checked })}
                  />
                  {charge.inUse && (
                    <Badge variant="light" color="gray" c="dark" tt="none">
                      {t('court.charges.inUse')}
                    </Badge>
                  )}
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setEditing(charge)}
                  >
                    {t('court.charges.rename')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <ReminderSetting />
      {editing && <ChargeModal charge={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function ChargeModal({ charge, onClose }: { charge: Charge | null; onClose: () => void }) {
  const { t } = useTranslation();
  const mutations = useChargeMutations();
  const mutation = charge ? mutations.update : mutations.add;
  const form = useForm({
    initialValues: { labelEn: charge?.labelEn ?? '', labelKm: charge?.labelKm ?? '' },
    validate: {
      labelEn: (v) => (v.trim() ? null : t('validation.required')),
      labelKm: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const options = {
    onSuccess: () => {
      notify(t('court.charges.saved'));
      onClose();
    },
    onError: (err: unknown) => form.setErrors(fieldErrors(err)),
  };
  return (
    <AppModal opened onClose={onClose} title={charge ? t('court.charges.rename') : t('court.charges.add')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          charge ? mutations.update.mutate({ id: charge.id, ...v }, options) : mutations.add.mutate(v, options),
        )}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['labelEn', 'labelKm']} />
          <TextInput label={t('court.charges.labelEn')} required maxLength={200} {...form.getInputProps('labelEn')} />
          <TextInput label={t('court.charges.labelKm')} required maxLength={200} {...form.getInputProps('labelKm')} />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}

function ReminderSetting() {
  const { t } = useTranslation();
  const { query, save } = useCourtSettings();
  const [value, setValue] = useState<number | string | null>(null);
  const current = value ?? query.data?.reminderDays ?? 3;
  return (
    <Stack gap="sm" mt="lg">
      <Title order={2} size="h3">
        {t('court.settings.title')}
      </Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ reminderDays: Number(current) }, { onSuccess: () => notify(t('court.settings.saved')) });
        }}
      >
        <Group gap="sm" align="flex-end">
          <NumberInput
            label={t('court.settings.reminderDays')}
            min={0}
            max={60}
            allowDecimal={false}
            value={current}
            onChange={setValue}
            w={280}
          />
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
        <ApiErrorAlert error={save.error} />
      </form>
    </Stack>
  );
}
