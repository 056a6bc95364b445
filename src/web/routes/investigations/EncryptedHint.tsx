import { Group } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Under the summary field: the text is stored encrypted (a lock, and the words). */
export function EncryptedHint() {
  const { t } = useTranslation();
  return (
    <Group gap={4} component="span" wrap="nowrap" align="flex-start">
      <IconLock size={12} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <span>{t('investigations.encrypted')}</span>
    </Group>
  );
}
