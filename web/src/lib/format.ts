import { useTranslation } from 'react-i18next';

/** Date formatting in the interface language (`fr` → 24 nov. 2025, 14:05). */
export function useDateFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    /** A calendar day `YYYY-MM-DD` (no time zone shift): « 1 avr. 2026 ». */
    day: (ymd: string) => {
      const at = new Date(`${ymd}T00:00:00Z`);
      return Number.isNaN(at.getTime()) ? String(ymd) : day.format(at);
    },
    /** « 24 nov. 2025 à 14:05 », for sentences (the history). */
    dateAtTime: (iso: string) => {
      const at = new Date(iso);
      return t('common.dateAtTime', { date: date.format(at), time: time.format(at) });
    },
  };
}
