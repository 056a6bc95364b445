import { Group } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** Under a free-text field: the text is stored encrypted (a lock, and the area's own words). */
export function EncryptedHint({ text }: { text: string }) {
  return (
    <Group gap={4} component="span" wrap="nowrap" align="flex-start">
      <IconLock size={12} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <span>{text}</span>
    </Group>
  );
}
