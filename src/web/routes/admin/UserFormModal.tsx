import { Button, Divider, Group, MultiSelect, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/roles.ts';
import { api } from '../../api.ts';
import type { Locale, User } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { useRoleLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { officeName } from '../../format.ts';
import { useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';

type Values = { email: string; name: string; roles: string[]; officeCode: string; locale: Locale; active: boolean };

type Props = {
  /** null: a new user. */
  user: User | null;
  onClose: () => void;
  onCreated: (user: User, oneTimePassword: string) => void;
  onSaved: (user: User) => void;
  onResetSecondFactor: (user: User) => void;
  onResetPassword: (user: User) => void;
};

const FORM_FIELDS = ['email', 'name', 'roles', 'officeCode', 'locale', 'active'];

/** Creates an account, or edits one (sending only what changed, so the audit log shows the real change). */
export function UserFormModal({ user, onClose, onCreated, onSaved, onResetSecondFactor, onResetPassword }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const offices = useOffices().data ?? [];
  const locale = currentLocale();
  const form = useForm<Values>({
    initialValues: {
      email: user?.email ?? '',
      name: user?.name ?? '',
      roles: user?.roles ?? [],
      officeCode: user?.officeCode ?? '',
      locale: user?.locale ?? 'km',
      active: user?.active ?? true,
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      roles: (v) => (v.length > 0 ? null : t('validation.roles')),
      officeCode: (v) => (v ? null : t('validation.required')),
    },
  });
  // New accounts go to open offices only; an existing account keeps showing its (maybe closed) office.
  const officeOptions = offices
    .filter((o) => !o.closedOn || o.code === user?.officeCode)
    .map((o) => ({ value: o.code, label: officeName(o, o.code, locale) }));

  const save = useMutation({
    mutationFn: async (values: Values) => {
      if (!user) {
        const { active: _a, ...body } = values;
        return api<{ user: User; oneTimePassword: string }>('POST', '/api/users', body);
      }
      const changes: Partial<Values> = {};
      if (values.email.trim() !== user.email) changes.email = values.email.trim();
      if (values.name.trim() !== user.name) changes.name = values.name.trim();
      if ([...values.roles].sort().join() !== [...user.roles].sort().join()) changes.roles = values.roles;
      if (values.officeCode !== user.officeCode) changes.officeCode = values.officeCode;
      if (values.active !== user.active) changes.active = values.active;
      if (Object.keys(changes).length === 0) return { user, oneTimePassword: undefined };
      return { ...(await api<{ user: User }>('PATCH', `/api/users/${user.id}`, changes)), oneTimePassword: undefined };
    },
    onSuccess: (result) => {
      if (result.oneTimePassword) onCreated(result.user, result.oneTimePassword);
      else onSaved(result.user);
    },
    onError: (err) => form.setErrors(fieldErrors(err)),
  });

  return (
    <AppModal opened onClose={onClose} title={user ? t('users.editTitle') : t('users.newTitle')} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={save.error} shownFields={FORM_FIELDS} />
          <TextInput label={t('user.name')} required autoComplete="off" {...form.getInputProps('name')} />
          <TextInput
            label={t('user.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <MultiSelect
            label={t('user.roles')}
            required
            data={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('roles')}
          />
          <Select
            label={t('user.office')}
            required
            data={officeOptions}
            allowDeselect={false}
            {...form.getInputProps('officeCode')}
          />
          {user ? (
            <Switch
              label={t('user.activeLabel')}
              description={t('users.activeHint')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          ) : (
            <Select
              label={t('language.label')}
              data={[
                { value: 'km', label: 'ខ្មែរ' },
                { value: 'en', label: 'English' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('locale')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? t('common.save') : t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {user && (
        <>
          <Divider my="lg" />
          <Stack gap="xs">
            <Text fw={700}>{t('users.security')}</Text>
            <Text size="sm">{t('users.securityHint')}</Text>
            <Group>
              <Button
                variant="outline"
                color="red.9"
                onClick={() => onResetSecondFactor(user)}
                disabled={!user.totpEnabled}
              >
                {t('users.resetSecondFactor')}
              </Button>
              <Button variant="outline" color="red.9" onClick={() => onResetPassword(user)}>
                {t('users.resetPassword')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
    </AppModal>
  );
}
