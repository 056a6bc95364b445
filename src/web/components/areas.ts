import {
  type Icon,
  IconBuilding,
  IconClipboardList,
  IconHome,
  IconInbox,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions.ts';
import type { Me } from '../api-types.ts';
import { can } from '../session.ts';

export type AreaPath = '/' | '/reports' | '/profile' | '/admin/users' | '/admin/offices' | '/audit';

export type Area = { to: AreaPath; label: string; description: string; icon: Icon };

/**
 * The parts of Komar this user may open, in menu order. Visibility comes only
 * from the server's `permissions` list, so the menu and the API always agree.
 */
export function useAreas(me: Me | null | undefined): Area[] {
  const { t } = useTranslation();
  const areas: (Area & { permission?: Permission })[] = [
    { to: '/', label: t('nav.home'), description: t('home.homeCard'), icon: IconHome },
    {
      to: '/reports',
      label: t('nav.reports'),
      description: t('home.reportsCard'),
      icon: IconInbox,
      permission: 'reports:read',
    },
    {
      to: '/admin/users',
      label: t('nav.users'),
      description: t('home.usersCard'),
      icon: IconUsers,
      permission: 'users:read',
    },
    {
      to: '/admin/offices',
      label: t('nav.offices'),
      description: t('home.officesCard'),
      icon: IconBuilding,
      permission: 'offices:read',
    },
    {
      to: '/audit',
      label: t('nav.audit'),
      description: t('home.auditCard'),
      icon: IconClipboardList,
      permission: 'audit:read',
    },
    { to: '/profile', label: t('nav.profile'), description: t('home.profileCard'), icon: IconUserCircle },
  ];
  return areas.filter((a) => !a.permission || can(me, a.permission)).map(({ permission: _p, ...area }) => area);
}
