import { Alert, Button, Center, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ErrorComponentProps, Link, Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../errors.ts';
import i18n, { rememberLocale } from '../i18n/index.ts';
import { meQuery } from '../session.ts';
import { PublicFrame } from './PublicLayout.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** The root of every page. Once signed in, the account's language is the one shown. */
export function RootLayout() {
  const locale = useQuery(meQuery).data?.user.locale;
  useEffect(() => {
    if (!locale) return;
    rememberLocale(locale);
    if (locale !== i18n.language) void i18n.changeLanguage(locale);
  }, [locale]);
  return <Outlet />;
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** A page that failed to load (the server is down, say), with a way to try again. */
export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Stack gap="md" py="md">
      <Alert color="red" role="alert" title={t('errors.pageFailed')}>
        {apiErrorMessage(t, error)}
      </Alert>
      <Button onClick={() => void router.invalidate()} w="fit-content">
        {t('common.retry')}
      </Button>
    </Stack>
  );
}

/** RouteError when the frame itself could not load: it still needs the header and a main landmark. */
export function FramedRouteError(props: ErrorComponentProps) {
  return (
    <PublicFrame>
      <RouteError {...props} />
    </PublicFrame>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <PublicFrame>
      <Stack gap="md">
        <Title order={1}>{t('notFound.title')}</Title>
        <p>{t('notFound.text')}</p>
        <Button component={Link} to="/" w="fit-content">
          {t('notFound.home')}
        </Button>
      </Stack>
    </PublicFrame>
  );
}
