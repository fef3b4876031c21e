/**
 * Times of the demo data, in milliseconds, read in the company's time zone (Europe/Paris): which
 * local day and minute an instant is, and back. Offsets are computed once per day.
 */
import type { WorkingHours } from '@guichet/contract/agents';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const TIME_ZONE = 'Europe/Paris';

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const offsets = new Map<number, number>();
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** Minutes east of UTC in Paris on this UTC day (read at noon: the DST switch happens at night). */
export function offsetMinutes(utcDay: number): number {
  let off = offsets.get(utcDay);
  if (off === undefined) {
    const name = offsetFormat.formatToParts(new Date(utcDay * DAY + 12 * HOUR)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    offsets.set(utcDay, off);
  }
  return off;
}

/** The local day number (days since 1970-01-01 in Paris) of an instant. */
export function localDay(ms: number): number {
  const off = offsetMinutes(Math.floor(ms / DAY));
  return Math.floor((ms + off * MINUTE) / DAY);
}

/** Minutes since local midnight. */
export function localMinute(ms: number): number {
  const off = offsetMinutes(Math.floor(ms / DAY));
  const local = ms + off * MINUTE;
  return Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
}

/** The instant of a local day and minute. */
export function fromLocal(day: number, minute: number): number {
  return day * DAY + minute * MINUTE - offsetMinutes(day) * MINUTE;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;
export const weekdayKey = (day: number) => WEEKDAY_KEYS[weekday(day)]!;

const isoDays = new Map<number, string>();

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

export function dayOfIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

/** Local `YYYY-MM-DD` of an instant. */
export const localIsoDay = (ms: number): string => isoDay(localDay(ms));

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Working hours as minute ranges per weekday (0 = Sunday). */
export type Schedule = [number, number][][];

export function schedule(hours: WorkingHours): Schedule {
  return WEEKDAY_KEYS.map((k) => (hours[k] ?? []).map((r) => [toMinutes(r.start), toMinutes(r.end)] as [number, number]));
}

/**
 * The first instant at or after `ms` inside the schedule, on a day that is not off (leave);
 * searched up to 60 days ahead, else `ms` itself.
 */
export function nextWorkingTime(ms: number, hours: Schedule, isOff: (day: number) => boolean): number {
  let day = localDay(ms);
  let minute = localMinute(ms);
  for (let i = 0; i < 60; i++, day++, minute = 0) {
    if (isOff(day)) continue;
    for (const [start, end] of hours[weekday(day)]!) {
      if (minute < end) return minute <= start ? fromLocal(day, start) : ms;
    }
  }
  return ms;
}
