import { Badge, createTheme, Modal } from '@mantine/core';
import type { TFunction } from 'i18next';

/** The Mantine theme; takes `t` so that built-in controls (modal close button) are named in the user's language. */
export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'md',
    components: {
      Modal: Modal.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } },
      }),
      // A status badge is a word or two: never squeezed into « A… » by a tight table column.
      Badge: Badge.extend({
        styles: { root: { flexShrink: 0, minWidth: 'max-content', overflow: 'visible' } },
      }),
    },
  });
}
