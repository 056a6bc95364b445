import { Alert, Badge } from '@mantine/core';
import { IconAlertTriangle, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isIllegal, useUrlLabels } from './labels.ts';

/** Badges cut their text short in a narrow column; a verdict must always show in full. */
const WRAPPING = { label: { overflow: 'visible', whiteSpace: 'normal' } } as const;

/** Illegal verdicts in red with an icon and the word (never colour alone); the others in the normal text colour. */
export function VerdictBadge({ verdict }: { verdict: string | null }) {
  const { t } = useTranslation();
  const labels = useUrlLabels();
  if (!verdict) {
    return (
      <Badge variant="outline" color="gray.7" c="dark" tt="none" h="auto" py={2} styles={WRAPPING}>
        {t('urls.notAssessed')}
      </Badge>
    );
  }
  if (isIllegal(verdict)) {
    return (
      <Badge
        color="red.9"
        variant="filled"
        tt="none"
        h="auto"
        py={2}
        leftSection={<IconShieldX size={14} aria-hidden />}
        styles={WRAPPING}
      >
        {labels.verdict(verdict)}
      </Badge>
    );
  }
  return (
    <Badge
      variant="dot"
      color={verdict === 'not_illegal' ? 'teal' : 'orange'}
      c="dark"
      tt="none"
      h="auto"
      py={2}
      styles={WRAPPING}
    >
      {labels.verdict(verdict)}
    </Badge>
  );
}

/**
 * The standing warning on every internet hotline page. Komar never fetches
 * these addresses; people must not open them either, except by the
 * organisation's own safe procedure.
 */
export function SafetyBanner() {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange.9"
      variant="outline"
      c="dark"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('urls.safety.title')}
      role="note"
    >
      {t('urls.safety.text')}
    </Alert>
  );
}
