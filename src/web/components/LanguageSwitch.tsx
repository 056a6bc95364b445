import { Button, Group } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { Locale, Me } from '../api-types.ts';
import { apiErrorMessage } from '../errors.ts';
import i18n, { currentLocale, rememberLocale } from '../i18n/index.ts';
import { notify } from '../notify.ts';
import { meQuery } from '../session.ts';

// Each language is named in itself, so a reader finds theirs whatever is on screen.
export const LANGUAGE_CHOICES: { locale: Locale; label: string }[] = [
  { locale: 'km', label: 'ខ្មែរ' },
  { locale: 'en', label: 'English' },
];

/**
 * The current language and a way to change it. Signed in (at any stage), the
 * choice is saved on the account; before that, in this browser only.
 */
export function useLocaleChoice(): [Locale, (locale: Locale) => void] {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const save = useMutation({
    mutationFn: (locale: Locale) => api<Me>('PATCH', '/api/me', { locale }),
    onSuccess: (updated) => queryClient.setQueryData(meQuery.queryKey, updated),
    onError: (err) => notify(apiErrorMessage(t, err), 'error'),
  });
  const active = currentLocale();
  const choose = (locale: Locale) => {
    if (locale === active) return;
    rememberLocale(locale);
    void i18n.changeLanguage(locale);
    if (me) save.mutate(locale);
  };
  return [active, choose];
}

/** ខ្មែរ / English, in the header of every page. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [active, choose] = useLocaleChoice();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGE_CHOICES.map(({ locale, label }) => (
        <Button
          key={locale}
          lang={locale}
          size="compact-sm"
          variant={locale === active ? 'filled' : 'subtle'}
          aria-pressed={locale === active}
          onClick={() => choose(locale)}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
