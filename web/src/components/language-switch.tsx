import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES } from '../i18n/i18n';

/** Français / English, for pages seen before anyone is signed in (sign-in, links from mails). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('auth.language')}
      value={i18n.resolvedLanguage ?? 'fr'}
      onChange={(value) => isLocale(value) && void i18n.changeLanguage(value)}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
      size="xs"
      mx="auto"
    />
  );
}
