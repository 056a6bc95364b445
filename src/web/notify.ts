import { notifications } from '@mantine/notifications';
import i18n from './i18n/index.ts';

/** A short toast. Its close button gets a name: Mantine's has none, which screen readers announce as "button". */
export function notify(message: string, tone: 'success' | 'error' = 'success'): void {
  notifications.show({
    message,
    color: tone === 'success' ? 'teal' : 'red',
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
