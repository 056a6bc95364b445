import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api-types.ts';
import { signOut } from '../session.ts';

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((w) => [...w][0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

/** The account menu in the header: one's profile and signing out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const onSignOut = async () => {
    // Even if the server already ended the session, this browser forgets it.
    await signOut(queryClient).catch(() => undefined);
    await navigate({ to: '/sign-in' });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          aria-label={t('nav.accountMenu', { name: me.user.name })}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Avatar size={28} color="teal" radius="xl" aria-hidden>
            {initials(me.user.name)}
          </Avatar>
          <Text component="span" size="sm" ml={8} visibleFrom="sm" c="dark">
            {me.user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item onClick={() => void onSignOut()} leftSection={<IconLogout size={16} aria-hidden />}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
