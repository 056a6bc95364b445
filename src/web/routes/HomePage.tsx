import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../components/areas.ts';
import { UserRolesAndOffice } from '../components/UserSummary.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useMe } from '../hooks.ts';
import { can } from '../session.ts';
import { DashboardPanels } from './home/DashboardPanels.tsx';
import { QueueSummaryCard } from './reports/QueueSummaryCard.tsx';

/** A welcome, the panels of the user's roles (their day's work), and a card per area they may open. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const me = useMe();
  // The queue has its own card, with counts, first: for the hotline it is the day's work.
  const areas = useAreas(me).filter((a) => a.to !== '/' && a.to !== '/reports');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('home.welcome', { name: me.user.name })}</Title>
        <UserRolesAndOffice user={me.user} />
      </Stack>
      <DashboardPanels />
      <section aria-labelledby="home-areas">
        <Title order={2} size="h3" id="home-areas" mb="sm">
          {t('home.areas')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {can(me, 'reports:read') && <QueueSummaryCard />}
          {areas.map((area) => (
            <Card key={area.to} withBorder component={Link} to={area.to} padding="lg">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <area.icon size={20} />
                </ThemeIcon>
                <div>
                  <Text fw={700} component="h3" m={0} size="md">
                    {area.label}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {area.description}
                  </Text>
                </div>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
