import {
  type Icon,
  IconAddressBook,
  IconBuilding,
  IconChartBar,
  IconClipboardList,
  IconGavel,
  IconHeadset,
  IconHeartHandshake,
  IconHome,
  IconInbox,
  IconSettings,
  IconShieldSearch,
  IconTableImport,
  IconUserCircle,
  IconUserSearch,
  IconUsers,
  IconWorldWww,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/permissions.ts';
import type { Me } from '../api-types.ts';
import { can } from '../session.ts';

export type AreaPath =
  | '/'
  | '/reports'
  | '/investigations'
  | '/calls'
  | '/profile'
  | '/admin/users'
  | '/admin/offices'
  | '/audit'
  | '/partners'
  | '/admin/settings'
  | '/urls'
  | '/imports'
  | '/people'
  | '/support'
  | '/court'
  | '/indicators';

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
      to: '/investigations',
      label: t('investigations.nav'),
      description: t('investigations.card'),
      icon: IconShieldSearch,
      permission: 'investigations:read',
    },
    {
      to: '/people',
      label: t('people.nav'),
      description: t('people.card'),
      icon: IconUserSearch,
      permission: 'people:identify',
    },
    {
      to: '/support',
      label: t('support.nav'),
      description: t('support.card'),
      icon: IconHeartHandshake,
      permission: 'support:read',
    },
    {
      to: '/court',
      label: t('court.nav'),
      description: t('court.card'),
      icon: IconGavel,
      permission: 'court:read',
    },
    {
      to: '/indicators',
      label: t('indicators.nav'),
      description: t('indicators.card'),
      icon: IconChartBar,
      permission: 'indicators:read',
    },
    {
      to: '/calls',
      label: t('calls.nav.area'),
      description: t('calls.homeCard'),
      icon: IconHeadset,
      permission: 'calls:log',
    },
    {
      to: '/urls',
      label: t('urls.menu.label'),
      description: t('urls.menu.description'),
      icon: IconWorldWww,
      permission: 'urls:assess',
    },
    {
      to: '/partners',
      label: t('partners.nav'),
      description: t('partners.card'),
      icon: IconAddressBook,
      permission: 'partners:read',
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
    {
      to: '/admin/settings',
      label: t('settings.nav'),
      description: t('settings.card'),
      icon: IconSettings,
      permission: 'settings:manage',
    },
    {
      to: '/imports',
      label: t('imports.nav'),
      description: t('imports.card'),
      icon: IconTableImport,
      permission: 'imports:run',
    },
    { to: '/profile', label: t('nav.profile'), description: t('home.profileCard'), icon: IconUserCircle },
  ];
  return areas.filter((a) => !a.permission || can(me, a.permission)).map(({ permission: _p, ...area }) => area);
}
