import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { User } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { OneTimePasswordModal } from '../../components/OneTimePasswordModal.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel, useRoleLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe, usersQueryKey, useUsers } from '../../hooks.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { UserFormModal } from './UserFormModal.tsx';
import { UsersTable } from './UsersTable.tsx';

/** One dialog at a time: the form, a confirmation, or a one-time password. */
type Dialog =
  | { kind: 'form'; user: User | null }
  | { kind: 'reset2fa' | 'resetPassword'; user: User }
  | { kind: 'password'; user: User; password: string };

export function UsersPage() {
  return (
    <RequirePermission permission="users:read">
      <UsersScreen />
    </RequirePermission>
  );
}

function UsersScreen() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useMe();
  const canManage = can(me, 'users:manage');
  const queryClient = useQueryClient();
  const users = useUsers();
  const roleLabel = useRoleLabel();
  const officeLabel = useOfficeLabel();
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersQueryKey });

  const reset2fa = useMutation({
    mutationFn: (user: User) => api('POST', `/api/users/${user.id}/reset-2fa`, {}),
    onSuccess: () => {
      notify(t('users.secondFactorWasReset'));
      setDialog(null);
      void refresh();
    },
  });
  const resetPassword = useMutation({
    mutationFn: (user: User) => api<{ oneTimePassword: string }>('POST', `/api/users/${user.id}/reset-password`, {}),
    onSuccess: ({ oneTimePassword }, user) => {
      setDialog({ kind: 'password', user, password: oneTimePassword });
      void refresh();
    },
  });

  const needle = filter.trim().toLocaleLowerCase();
  const shown = (users.data ?? []).filter((u) =>
    [u.name, u.email, officeLabel(u.officeCode), ...u.roles.map(roleLabel)].some((s) =>
      s.toLocaleLowerCase().includes(needle),
    ),
  );
  const closeDialog = () => {
    reset2fa.reset();
    resetPassword.reset();
    setDialog(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'form', user: null })}
          >
            {t('users.new')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('users.filter')}
        placeholder={t('users.filterHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      <ApiErrorAlert error={users.error} />
      {users.isPending ? (
        <PageLoader />
      ) : (
        <UsersTable users={shown} canManage={canManage} onEdit={(user) => setDialog({ kind: 'form', user })} />
      )}

      {dialog?.kind === 'form' && (
        <UserFormModal
          user={dialog.user}
          onClose={closeDialog}
          onCreated={(user, password) => {
            void refresh();
            setDialog({ kind: 'password', user, password });
          }}
          onSaved={() => {
            void refresh();
            notify(t('common.saved'));
            setDialog(null);
          }}
          onResetSecondFactor={(user) => setDialog({ kind: 'reset2fa', user })}
          onResetPassword={(user) => setDialog({ kind: 'resetPassword', user })}
        />
      )}
      <ConfirmModal
        opened={dialog?.kind === 'reset2fa'}
        title={t('users.resetSecondFactor')}
        confirmLabel={t('users.resetSecondFactor')}
        onConfirm={() => dialog?.kind === 'reset2fa' && reset2fa.mutate(dialog.user)}
        onClose={closeDialog}
        pending={reset2fa.isPending}
        error={reset2fa.error}
        danger
      >
        {t('users.resetSecondFactorConfirm', { name: dialog?.user?.name ?? '' })}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog?.kind === 'resetPassword'}
        title={t('users.resetPassword')}
        confirmLabel={t('users.resetPassword')}
        onConfirm={() => dialog?.kind === 'resetPassword' && resetPassword.mutate(dialog.user)}
        onClose={closeDialog}
        pending={resetPassword.isPending}
        error={resetPassword.error}
        danger
      >
        {t('users.resetPasswordConfirm', { name: dialog?.user?.name ?? '' })}
      </ConfirmModal>
      <OneTimePasswordModal
        password={dialog?.kind === 'password' ? dialog.password : null}
        userName={dialog?.user?.name ?? ''}
        onClose={closeDialog}
      />
    </Stack>
  );
}
