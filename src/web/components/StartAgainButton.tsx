import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signOut } from '../session.ts';

/** On a sign-in step: give up this session (wrong account, lost phone) and go back to the first step. */
export function StartAgainButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <Button
      variant="subtle"
      color="gray"
      c="dark"
      onClick={async () => {
        await signOut(queryClient).catch(() => undefined);
        await navigate({ to: '/sign-in' });
      }}
    >
      {t('signIn.startAgain')}
    </Button>
  );
}
