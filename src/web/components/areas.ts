import {
  type Icon,
  IconAddressBook,
  IconBuilding,
  IconChartBar,
  IconChartPie,
  IconClipboardList,
  IconFileAnalytics,
  IconGavel,
  IconHeadset,
  IconHeartHandshake,
  IconHome,
  IconHourglass,
  IconInbox,
  IconListCheck,
  IconLockOpen,
  IconSettings,
  IconShieldSearch,
  IconSpeakerphone,
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
  | '/access-reviews'
  | '/events'
  | '/research'
  | '/annual-report'
  | '/partners'
  | '/admin/settings'
  | '/admin/retention'
  | '/admin/indicators'
  | '/court/charges'
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
      to: '/events',
      label: t('events.nav'),
      description: t('events.card'),
      icon: IconSpeakerphone,
      permission: 'events:read',
    },
    {
      to: '/annual-report',
      label: t('annual.nav'),
      description: t('annual.card'),
      icon: IconFileAnalytics,
      permission: 'annual:read',
    },
    {
      to: '/research',
      label: t('research.nav'),
      description: t('research.card'),
      icon: IconChartPie,
      permission: 'research:read',
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
      to: '/access-reviews',
      label: t('access.nav'),
      description: t('access.card'),
      icon: IconLockOpen,
      permission: 'access:review',
    },
    {
      to: '/admin/settings',
      label: t('settings.nav'),
      description: t('settings.card'),
      icon: IconSettings,
      permission: 'settings:manage',
    },
    {
      to: '/admin/retention',
      label: t('retention.nav'),
      description: t('retention.card'),
      icon: IconHourglass,
      permission: 'settings:manage',
    },
    {
      to: '/admin/indicators',
      label: t('indicators.admin.nav'),
      description: t('indicators.admin.card'),
      icon: IconListCheck,
      permission: 'settings:manage',
    },
    {
      to: '/court/charges',
      label: t('court.charges.title'),
      description: t('court.charges.hint'),
      icon: IconGavel,
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
