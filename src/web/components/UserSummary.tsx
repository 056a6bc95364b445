import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../api-types.ts';
import { officeName } from '../format.ts';
import { useOffices } from '../hooks.ts';
import { currentLocale } from '../i18n/index.ts';

/** Role names in the reader's language. Each code's key is listed in the JSON files (`roles.*`). */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) => t(`roles.${role}`, { defaultValue: role });
}

/** An office's name in the reader's language, from the offices list (falls back to the code). */
export function useOfficeLabel() {
  useTranslation(); // re-render on language change
  const offices = useOffices().data;
  return (code: string) =>
    officeName(
      offices?.find((o) => o.code === code),
      code,
      currentLocale(),
    );
}

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const roleLabel = useRoleLabel();
  return (
    <Group gap={4}>
      {roles.map((r) => (
        <Badge key={r} variant="outline" color="teal" tt="none">
          {roleLabel(r)}
        </Badge>
      ))}
    </Group>
  );
}

export function UserRolesAndOffice({ user }: { user: User }) {
  const officeLabel = useOfficeLabel();
  return (
    <Group gap="xs">
      <RoleBadges roles={user.roles} />
      <Badge variant="outline" color="gray" tt="none" c="dark">
        {officeLabel(user.officeCode)}
      </Badge>
    </Group>
  );
}
