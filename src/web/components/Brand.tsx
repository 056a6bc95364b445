import { Group, Text } from '@mantine/core';
import { IconShieldHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The product's name in the header; a text mark, so it needs no image or alt text. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <IconShieldHeart size={24} aria-hidden color="var(--mantine-color-teal-9)" />
      <Text fw={700} size="lg" c="teal.9">
        {t('app.name')}
      </Text>
    </Group>
  );
}
