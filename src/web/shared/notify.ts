// Confirmation messages ("toasts"), announced politely and with a labelled close button.
import { notifications } from '@mantine/notifications';
import { i18next } from '../app/i18n/i18n.js';

export function notifySuccess(message: string): void {
  notifications.show({
    color: 'green',
    message,
    autoClose: 6000,
    closeButtonProps: { 'aria-label': i18next.t('app.closeNotification') },
  });
}
