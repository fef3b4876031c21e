/**
 * Calendar periods and day arithmetic on `YYYY-MM-DD` strings (calendar days, no time zone:
 * work dates and periods are days; « today » comes from the company's time zone).
 */
import type { PeriodKind } from '@guichet/contract/budgets';

const DAY_MS = 86_400_000;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromUtc(toUtc(day) + n * DAY_MS);

/** Days from `a` to `b` (b − a); 0 when equal. */
export const daysBetween = (a: string, b: string): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

export interface Period {
  start: string;
  end: string; // inclusive
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The calendar period of a kind that contains `day`. */
export function periodOf(kind: PeriodKind, day: string): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const firstMonth = kind === 'month' ? m : kind === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  const start = fromUtc(Date.UTC(y, firstMonth - 1, 1));
  const end = fromUtc(Date.UTC(y, firstMonth - 1 + MONTHS[kind], 1) - DAY_MS);
  return { start, end };
}

/** The period right after `p` (same kind). */
export const nextPeriod = (kind: PeriodKind, p: Period): Period => periodOf(kind, addDays(p.end, 1));

export const daysIn = (p: Period): number => daysBetween(p.start, p.end) + 1;

export const overlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end;

/** Where `today` stands relative to a period, and how many of its days have begun (today counts). */
export function position(p: Period, today: string): { state: 'past' | 'current' | 'future'; daysElapsed: number } {
  if (today < p.start) return { state: 'future', daysElapsed: 0 };
  if (today > p.end) return { state: 'past', daysElapsed: daysIn(p) };
  return { state: 'current', daysElapsed: daysBetween(p.start, today) + 1 };
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Report periods: ISO week (Monday first), month, quarter — key and first day. */
export function reportPeriod(kind: 'week' | 'month' | 'quarter', day: string): { key: string; start: string; end: string } {
  if (kind === 'week') {
    const dow = (new Date(toUtc(day)).getUTCDay() + 6) % 7; // Monday = 0
    const start = addDays(day, -dow);
    const thursday = addDays(start, 3);
    const year = Number(thursday.slice(0, 4));
    const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
    return { key: `${year}-W${String(week).padStart(2, '0')}`, start, end: addDays(start, 6) };
  }
  const p = periodOf(kind, day);
  const key = kind === 'month' ? p.start.slice(0, 7) : `${p.start.slice(0, 4)}-Q${Math.floor((Number(p.start.slice(5, 7)) - 1) / 3) + 1}`;
  return { key, ...p };
}
