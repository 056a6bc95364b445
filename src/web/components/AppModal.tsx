import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<ModalRootProps, 'title' | 'children'> & { title: string; children: ReactNode };

/**
 * Mantine's modal, with two accessibility fixes: the close button is named
 * in the reader's language, and the header is a plain `div` (Mantine's
 * `<header>` would count as a second banner landmark for screen readers).
 */
export function AppModal({ title, children, ...rootProps }: Props) {
  const { t } = useTranslation();
  // Modal.Header passes `component` on to its Box; its type does not declare it.
  const headerProps = { component: 'div' } as object;
  return (
    <Modal.Root centered {...rootProps}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header {...headerProps}>
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
