import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to « <title> · Guichet » while the page is shown. */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('app.pageTitle', { title }) : t('app.name');
  }, [t, title]);
}
