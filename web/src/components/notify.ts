import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n';
import { errorMessage } from '../lib/error-message';

/** Tells the user a mutation failed, in their language. */
export function notifyError(error: unknown) {
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    message: errorMessage(i18n.t, error),
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

export function notifySuccess(message: string) {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

export function notifyWarning(message: string) {
  notifications.show({
    color: 'orange',
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
