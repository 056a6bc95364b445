import { Badge, Button, Group, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { TableScroller } from '../../components/TableScroller.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, officeName } from '../../format.ts';
import { useMe, useOffices } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { CloseOrReopenOfficeModal, RenameOfficeModal } from './OfficeModals.tsx';

export function OfficesPage() {
  return (
    <RequirePermission permission="offices:read">
      <OfficesScreen />
    </RequirePermission>
  );
}

type Dialog = { kind: 'rename' | 'closeOrReopen'; office: Office };

function OfficesScreen() {
  const { t } = useTranslation();
  usePageTitle(t('offices.title'));
  const canManage = can(useMe(), 'offices:manage');
  const offices = useOffices();
  const locale = currentLocale();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const saved = () => {
    notify(t('common.saved'));
    setDialog(null);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('offices.title')}</Title>
      <ApiErrorAlert error={offices.error} />
      {offices.isPending && <PageLoader />}
      {offices.data && (
        <TableScroller label={t('offices.title')} minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('offices.code')}</Table.Th>
                <Table.Th scope="col">{t('offices.nameEn')}</Table.Th>
                <Table.Th scope="col">{t('offices.nameKm')}</Table.Th>
                <Table.Th scope="col">{t('offices.openedOn')}</Table.Th>
                <Table.Th scope="col">{t('offices.closedOn')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offices.data.map((office) => (
                <Table.Tr key={office.code}>
                  <Table.Td ff="monospace">{office.code}</Table.Td>
                  <Table.Td lang="en">{office.nameEn}</Table.Td>
                  <Table.Td lang="km">{office.nameKm}</Table.Td>
                  <Table.Td>{formatDate(office.openedOn, locale)}</Table.Td>
                  <Table.Td>
                    {office.closedOn ? (
                      <Group gap={6}>
                        {formatDate(office.closedOn, locale)}
                        <Badge variant="outline" color="gray" c="dark" tt="none">
                          {t('offices.closed')}
                        </Badge>
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setDialog({ kind: 'rename', office })}
                          aria-label={t('offices.renameOffice', { name: officeName(office, office.code, locale) })}
                        >
                          {t('offices.rename')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color={office.closedOn ? undefined : 'red.9'}
                          onClick={() => setDialog({ kind: 'closeOrReopen', office })}
                          aria-label={
                            office.closedOn
                              ? t('offices.reopenOffice', { name: officeName(office, office.code, locale) })
                              : t('offices.closeOffice', { name: officeName(office, office.code, locale) })
                          }
                        >
                          {office.closedOn ? t('offices.reopen') : t('offices.close')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      {dialog?.kind === 'rename' && (
        <RenameOfficeModal office={dialog.office} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'closeOrReopen' && (
        <CloseOrReopenOfficeModal office={dialog.office} onClose={() => setDialog(null)} onSaved={saved} />
      )}
    </Stack>
  );
}
