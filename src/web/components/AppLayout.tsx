import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../session.ts';
import { useAreas } from './areas.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageLoader } from './RootLayout.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in frame: header, navigation (a drawer behind a burger on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const areas = useAreas(me);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // On a phone the menu covers the page. It is open only on the page where it was opened,
  // so any navigation (a link, the account menu, the back button) closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const opened = openedOn === pathname;
  const toggle = () => setOpenedOn(opened ? null : pathname);
  const close = () => setOpenedOn(null);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {me && <UserMenu me={me} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="main-navigation" aria-label={t('nav.label')}>
        <ScrollArea>
          {areas.map((area) => (
            <NavLink
              key={area.to}
              component={Link}
              to={area.to}
              label={area.label}
              leftSection={<area.icon size={18} aria-hidden />}
              onClick={close}
              active={area.to === '/' ? pathname === '/' : pathname.startsWith(area.to)}
              aria-current={(area.to === '/' ? pathname === '/' : pathname.startsWith(area.to)) ? 'page' : undefined}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        {/* Pages may assume a signed-in user; while signing out (me gone) show none. */}
        {me ? <Outlet /> : <PageLoader />}
      </AppShell.Main>
    </AppShell>
  );
}
