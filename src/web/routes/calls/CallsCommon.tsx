import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconList, IconPhone } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** A label with "(optional)" after it: Komar's forms otherwise treat every field as required. */
export function OptionalLabel({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      {text}{' '}
      <Text span c="dimmed" size="sm" fw={400}>
        {t('calls.optional')}
      </Text>
    </>
  );
}

/** The report a call or an entry put into the triage queue: its tracking code, and a link to open it. */
export function CreatedReport({ id, code, onClose }: { id: string; code: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      title={t('calls.created.title', { code })}
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('calls.created.text')}</Text>
        <Anchor renderRoot={(props) => <Link to="/reports/$id" params={{ id }} {...props} />} size="sm" fw={700}>
          {t('calls.created.open', { code })}
        </Anchor>
      </Group>
    </Alert>
  );
}

/** A long label (Khmer especially) wraps onto a second line on a phone rather than being cut. */
const NAV_LINK_STYLES = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center' },
} as const;

/** The two screens of the hotline area, as a pair of links; the current one is marked. */
export function CallsNav({ current }: { current: 'log' | 'manual' }) {
  const { t } = useTranslation();
  const link = (to: '/calls' | '/calls/manual', active: boolean, label: string, icon: typeof IconPhone) => {
    const Icon = icon;
    return (
      <Button
        renderRoot={(props) => <Link to={to} {...props} />}
        variant={active ? 'filled' : 'default'}
        aria-current={active ? 'page' : undefined}
        leftSection={<Icon size={16} aria-hidden />}
        className="calls-nav-link"
        styles={NAV_LINK_STYLES}
      >
        {label}
      </Button>
    );
  };
  return (
    <Group component="nav" aria-label={t('calls.nav.label')} gap="xs">
      {link('/calls', current === 'log', t('calls.nav.log'), IconPhone)}
      {link('/calls/manual', current === 'manual', t('calls.nav.manual'), IconList)}
    </Group>
  );
}
