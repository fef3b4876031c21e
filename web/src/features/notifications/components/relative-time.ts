const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * « à l'instant », « il y a 5 minutes », « hier », « il y a 3 jours »; older than a week, the date.
 * `now` is a parameter so that tests (and a ticking clock) can fix it.
 */
export function relativeTime(iso: string, locale: string, justNow: string, now = Date.now()): string {
  const at = new Date(iso).getTime();
  const elapsed = Math.max(0, now - at);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < MINUTE) return justNow;
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return rtf.format(-Math.floor(elapsed / DAY), 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(at));
}
