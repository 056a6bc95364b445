import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Renders the router link around the line (Mantine's renderRoot), so the link stays typed to its route. */
export type LinkRoot = (props: Record<string, unknown>) => ReactNode;

/**
 * One figure of a panel: its label and number on a line. When a list shows the
 * records behind it, the whole line is the link, so its name reads "label number".
 */
export function StatRow({ label, n, link, alert }: { label: string; n: number; link?: LinkRoot; alert?: boolean }) {
  const line = (
    <Group justify="space-between" wrap="nowrap" gap="xs" className="dashboard-stat">
      <Text size="sm" component="span">
        {label}
      </Text>{' '}
      <Text size="sm" fw={700} component="span" c={alert && n > 0 ? 'red.9' : undefined}>
        {n.toLocaleString('en')}
      </Text>
    </Group>
  );
  return (
    <li>
      {link ? (
        <Anchor renderRoot={link} underline="hover" c="inherit" display="block">
          {line}
        </Anchor>
      ) : (
        line
      )}
    </li>
  );
}
