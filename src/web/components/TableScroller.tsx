import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; minWidth: number; children: ReactNode };

/**
 * Lets a wide table scroll sideways on a phone. The scroller is a named,
 * focusable region so that keyboard users can scroll it too (a table of
 * plain text has nothing else to focus).
 */
export function TableScroller({ label, minWidth, children }: Props) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={label}
      // Contains absolutely positioned children (visually hidden column names), which would
      // otherwise widen the whole page on a phone.
      pos="relative"
    >
      {children}
    </Table.ScrollContainer>
  );
}
