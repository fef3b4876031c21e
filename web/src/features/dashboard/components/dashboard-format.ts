import { useTranslation } from 'react-i18next';

const WEEK = /^(\d{4})-W(\d{1,2})$/;

/** Number, duration and week formats of the dashboard, in the interface language. */
export function useDashboardFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const count = new Intl.NumberFormat(locale);
  const stars = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const fullDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const atUtc = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

  return {
    count: (value: number) => count.format(value),
    /** Tenths of a star (43) → « 4,3 ». */
    stars: (tenths: number) => stars.format(tenths / 10),
    /** 84.5 → « 84,5 % ». */
    percent: (value: number) => percent.format(value / 100),
    /** Minutes → hours for chart axes (« 26,5 »). */
    hours: (minutes: number) => hours.format(minutes / 60),
    /**
     * A duration as people say it: « 45 min », « 3 h 20 », « 2 j 4 h » (days of 24 hours, as
     * tickets wait nights and weekends too); « — » for none.
     */
    duration: (minutes: number | null) => {
      if (minutes === null) return t('dashboard.none');
      const total = Math.max(0, Math.round(minutes));
      const d = Math.floor(total / 1440);
      const h = Math.floor((total % 1440) / 60);
      const m = total % 60;
      if (d > 0) return h > 0 ? t('dashboard.duration.daysHours', { days: d, hours: h }) : t('dashboard.duration.days', { days: d });
      if (h > 0) return m > 0 ? t('dashboard.duration.hoursMinutes', { hours: h, minutes: String(m).padStart(2, '0') }) : t('dashboard.duration.hours', { hours: h });
      return t('dashboard.duration.minutes', { minutes: m });
    },
    /** `2026-W48` → « S48 » on an axis. */
    weekShort: (week: string) => {
      const match = WEEK.exec(week);
      return match ? t('dashboard.week.short', { week: Number(match[2]) }) : week;
    },
    /** `2026-W48` starting 2026-11-23 → « Semaine 48 (23 nov.) ». */
    weekLong: (week: string, start: string) => {
      const match = WEEK.exec(week);
      return match ? t('dashboard.week.long', { week: Number(match[2]), date: day.format(atUtc(start)) }) : week;
    },
    /** A calendar day `YYYY-MM-DD` → « 1 nov. 2026 ». */
    day: (ymd: string) => fullDay.format(atUtc(ymd)),
  };
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;
