import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api-types.ts';
import { TableScroller } from '../../components/TableScroller.tsx';
import { RoleBadges, useOfficeLabel } from '../../components/UserSummary.tsx';

type Props = { users: User[]; canManage: boolean; onEdit: (user: User) => void };

/** Staff accounts at a glance; states are written in words, not shown by colour alone. */
export function UsersTable({ users, canManage, onEdit }: Props) {
  const { t } = useTranslation();
  const officeLabel = useOfficeLabel();
  return (
    <TableScroller label={t('users.title')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('users.count', { n: users.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('user.name')}</Table.Th>
            <Table.Th scope="col">{t('user.email')}</Table.Th>
            <Table.Th scope="col">{t('user.roles')}</Table.Th>
            <Table.Th scope="col">{t('user.office')}</Table.Th>
            <Table.Th scope="col">{t('user.active')}</Table.Th>
            <Table.Th scope="col">{t('user.secondFactor')}</Table.Th>
            <Table.Th scope="col">{t('user.locked')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td fw={700}>{user.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{user.email}</Table.Td>
              <Table.Td>
                <RoleBadges roles={user.roles} />
              </Table.Td>
              <Table.Td>{officeLabel(user.officeCode)}</Table.Td>
              <Table.Td>{user.active ? t('common.yes') : t('common.no')}</Table.Td>
              <Table.Td>{user.totpEnabled ? t('common.on') : t('common.off')}</Table.Td>
              <Table.Td>
                {user.locked ? (
                  <Text span c="red.9" fw={700} size="sm">
                    {t('user.lockedYes')}
                  </Text>
                ) : (
                  t('common.no')
                )}
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onEdit(user)}
                    aria-label={t('users.editUser', { name: user.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
