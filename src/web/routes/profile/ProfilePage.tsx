import { Alert, Button, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api-types.ts';
import { LANGUAGE_CHOICES, useLocaleChoice } from '../../components/LanguageSwitch.tsx';
import { PasswordChangeForm } from '../../components/PasswordChangeForm.tsx';
import { RoleBadges, useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { notify } from '../../notify.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One's own account: details, language, password and second factor. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const me = useMe();
  const officeLabel = useOfficeLabel();
  const [locale, chooseLocale] = useLocaleChoice();
  const { user } = me;

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('profile.title')}</Title>
      <Section id="profile-details" title={t('profile.details')}>
        <Table variant="vertical" layout="fixed" withRowBorders={false}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t('user.name')}</Table.Th>
              <Table.Td>{user.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('user.email')}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{user.email}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('user.roles')}</Table.Th>
              <Table.Td>
                <RoleBadges roles={user.roles} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('user.office')}</Table.Th>
              <Table.Td>{officeLabel(user.officeCode)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('user.lastLogin')}</Table.Th>
              <Table.Td>{formatDateTime(user.lastLoginAt, locale)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>

      <Section id="profile-language" title={t('language.label')}>
        <Radio.Group
          value={locale}
          onChange={(value) => chooseLocale(value as Locale)}
          label={t('profile.languageChoice')}
        >
          <Group mt="xs">
            {LANGUAGE_CHOICES.map((c) => (
              <Radio key={c.locale} value={c.locale} label={c.label} lang={c.locale} />
            ))}
          </Group>
        </Radio.Group>
      </Section>

      <Section id="profile-2fa" title={t('profile.secondFactor')}>
        <Stack gap="sm">
          <Group gap="xs">
            {user.totpEnabled ? (
              <IconShieldCheck aria-hidden color="var(--mantine-color-teal-9)" />
            ) : (
              <IconShieldOff aria-hidden />
            )}
            <Text fw={700}>{user.totpEnabled ? t('profile.secondFactorOn') : t('profile.secondFactorOff')}</Text>
          </Group>
          {user.totpEnabled ? (
            <Text size="sm">{t('profile.secondFactorReset')}</Text>
          ) : (
            <>
              <Text size="sm">{t('profile.secondFactorOffer')}</Text>
              <Button component={Link} to="/sign-in/authenticator" w="fit-content">
                {t('profile.enrol')}
              </Button>
            </>
          )}
        </Stack>
      </Section>

      <Section id="profile-password" title={t('profile.changePassword')}>
        <Alert color="gray" variant="outline" mb="md" c="dark">
          {t('profile.passwordNote')}
        </Alert>
        <PasswordChangeForm
          currentLabel={t('password.current')}
          submitLabel={t('profile.changePassword')}
          onChanged={() => {
            notify(t('profile.passwordChanged'));
          }}
        />
      </Section>
    </Stack>
  );
}
