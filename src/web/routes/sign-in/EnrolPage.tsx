import { Button, Code, Group, Image, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Stage } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { CodeField, isSixDigits } from '../../components/CodeField.tsx';
import { CopyValueButton } from '../../components/CopyValueButton.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { StartAgainButton } from '../../components/StartAgainButton.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import { afterSessionChange, meQuery, STAGE_PATHS } from '../../session.ts';

type Setup = { secret: string; otpauthUrl: string; qrDataUrl: string };

/** Groups of four are easier to type from one screen to another. */
const chunked = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Enrols an authenticator app: at first sign-in (stage `enrol`), or later from
 * the profile page for someone whose roles do not require one (a trainer).
 */
export function EnrolPage() {
  const { t } = useTranslation();
  usePageTitle(t('enrol.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const fromProfile = useQuery(meQuery).data?.stage === 'full';
  // A query, not an effect: React's double mount in development must not ask for two secrets,
  // since only the last one asked for can be confirmed.
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: () => api<Setup>('POST', '/api/auth/totp/setup', {}),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (isSixDigits(v) ? null : t('code.invalid')) },
  });
  const confirm = useMutation({
    mutationFn: (code: string) => api<{ stage: Stage }>('POST', '/api/auth/totp/confirm', { code }),
    onSuccess: async ({ stage }) => {
      await afterSessionChange(queryClient);
      notify(t('enrol.done'));
      await navigate({ to: fromProfile ? '/profile' : STAGE_PATHS[stage] });
    },
    onError: (err) => {
      form.setErrors(fieldErrors(err));
      form.setFieldValue('code', '');
    },
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('enrol.title')}
        </Title>
        <Text>{t('enrol.intro')}</Text>
        <ApiErrorAlert error={setup.error} />
        {setup.isPending && <PageLoader />}
        {setup.data && (
          <form onSubmit={form.onSubmit(({ code }) => confirm.mutate(code))} noValidate>
            <Stack gap="md">
              <List type="ordered" spacing="xs">
                <List.Item>{t('enrol.stepInstall')}</List.Item>
                <List.Item>{t('enrol.stepScan')}</List.Item>
              </List>
              <Image src={setup.data.qrDataUrl} alt={t('enrol.qrAlt')} w={200} h={200} mx="auto" />
              <Text size="sm">{t('enrol.manual')}</Text>
              <Group gap="xs" wrap="wrap">
                <Code fz="md" style={{ wordBreak: 'break-all' }}>
                  {chunked(setup.data.secret)}
                </Code>
                <CopyValueButton value={setup.data.secret} />
              </Group>
              <Text size="sm">{t('enrol.stepCode')}</Text>
              <ApiErrorAlert error={confirm.error} shownFields={['code']} />
              <CodeField required {...form.getInputProps('code')} />
              <Button type="submit" loading={confirm.isPending} fullWidth>
                {t('enrol.submit')}
              </Button>
            </Stack>
          </form>
        )}
        <Group justify="center">
          {fromProfile ? (
            <Button component={Link} to="/profile" variant="subtle" color="gray" c="dark">
              {t('common.cancel')}
            </Button>
          ) : (
            <StartAgainButton />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
