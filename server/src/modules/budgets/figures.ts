/**
 * The budget rules of DOMAIN.md as pure functions: actual against budget, projection to the end
 * of the period, the day it runs out, status and the alerts due. Integer cents throughout.
 */
import type { BudgetAlertKind, BudgetStatus } from '@guichet/contract/budgets';
import { addDays, daysBetween, daysIn, position, type Period } from './periods.ts';

/** A projection from fewer days than this is noise (one entry on the 1st « projects » thirty): no status or alert from it before. */
export const MIN_DAYS_FOR_PROJECTION = 7;

/** a / b rounded half up, for non-negative integers. */
export const divRound = (a: number, b: number): number => Math.floor((2 * a + b) / (2 * b));

/** Percent with one decimal (display only, never money). */
export const percentOf = (part: number, whole: number): number => Math.round((part * 1000) / whole) / 10;

export interface BudgetInput {
  period: Period;
  amountCents: number;
  thresholds: number[];
}

export interface Figures {
  state: 'past' | 'current' | 'future';
  daysElapsed: number;
  daysInPeriod: number;
  actualCents: number;
  remainingCents: number;
  percentUsed: number;
  projectedCents: number | null;
  exhaustionDate: string | null;
  status: BudgetStatus;
}

/**
 * Projection = actual × days in period / days begun (today counts), rounded to the cent; equal
 * to actual once the period is over; null before it starts.
 */
export function projectedCents(actualCents: number, period: Period, today: string): number | null {
  const { state, daysElapsed } = position(period, today);
  if (state === 'future') return null;
  if (state === 'past') return actualCents;
  return divRound(actualCents * daysIn(period), daysElapsed);
}

/**
 * The day the budget is used up at the pace so far — the first day whose share of the pace
 * reaches the amount — when that falls inside the period and it is not used up yet.
 */
export function exhaustionDate(actualCents: number, amountCents: number, period: Period, today: string): string | null {
  const { state, daysElapsed } = position(period, today);
  if (state !== 'current' || actualCents <= 0 || actualCents >= amountCents) return null;
  const daysNeeded = Math.ceil((amountCents * daysElapsed) / actualCents);
  const day = addDays(period.start, daysNeeded - 1);
  return day <= period.end ? day : null;
}

export const thresholdReached = (actualCents: number, amountCents: number, percent: number): boolean => actualCents * 100 >= amountCents * percent;

/** The projection counts (status, alert) only once enough days have begun. */
const projectionOver = (f: Pick<Figures, 'state' | 'daysElapsed' | 'projectedCents'>, amountCents: number) =>
  f.state === 'current' && f.daysElapsed >= MIN_DAYS_FOR_PROJECTION && f.projectedCents !== null && f.projectedCents > amountCents;

export function figures(b: BudgetInput, actualCents: number, today: string): Figures {
  const { state, daysElapsed } = position(b.period, today);
  const projected = projectedCents(actualCents, b.period, today);
  const base = { state, daysElapsed, projectedCents: projected };
  const status: BudgetStatus =
    actualCents >= b.amountCents
      ? 'over'
      : projectionOver(base, b.amountCents)
        ? 'projected_over'
        : b.thresholds.some((t) => thresholdReached(actualCents, b.amountCents, t))
          ? 'warning'
          : 'ok';
  return {
    ...base,
    daysInPeriod: daysIn(b.period),
    actualCents,
    remainingCents: b.amountCents - actualCents,
    percentUsed: percentOf(actualCents, b.amountCents),
    exhaustionDate: exhaustionDate(actualCents, b.amountCents, b.period, today),
    status,
  };
}

/**
 * Alerts the figures call for: every threshold reached, and the projection over the budget
 * while actual is still under it (once it is over, the thresholds speak). Whether each was
 * already sent is the database's business (one row per budget, kind and threshold).
 */
export function alertsDue(b: BudgetInput, f: Figures): { kind: BudgetAlertKind; thresholdPercent: number }[] {
  const due: { kind: BudgetAlertKind; thresholdPercent: number }[] = b.thresholds
    .filter((t) => thresholdReached(f.actualCents, b.amountCents, t))
    .map((t) => ({ kind: 'threshold', thresholdPercent: t }));
  if (f.actualCents < b.amountCents && projectionOver(f, b.amountCents)) due.push({ kind: 'projection', thresholdPercent: 0 });
  return due;
}

/** Cumulative actual per day from the period's first day to `until` (inclusive), from the days that had costs. */
export function cumulative(period: Period, costsByDay: Map<string, number>, until: string): { date: string; costCents: number; cumulativeCents: number }[] {
  const out: { date: string; costCents: number; cumulativeCents: number }[] = [];
  let sum = 0;
  for (let d = period.start; d <= until && d <= period.end; d = addDays(d, 1)) {
    const c = costsByDay.get(d) ?? 0;
    sum += c;
    out.push({ date: d, costCents: c, cumulativeCents: sum });
  }
  return out;
}

/** The first day cumulative actual reached the amount. */
export function reachedOn(period: Period, costsByDay: Map<string, number>, amountCents: number): string | null {
  const days = [...costsByDay.keys()].filter((d) => d >= period.start && d <= period.end).sort();
  let sum = 0;
  for (const d of days) {
    sum += costsByDay.get(d)!;
    if (sum >= amountCents) return d;
  }
  return null;
}

/** A budget's share of a range of days, pro rata temporis, to the cent (the whole amount when the range covers the period). */
export function budgetShareCents(period: Period, amountCents: number, range: Period): number {
  const from = period.start > range.start ? period.start : range.start;
  const to = period.end < range.end ? period.end : range.end;
  if (from > to) return 0;
  const covered = daysBetween(from, to) + 1;
  return divRound(amountCents * covered, daysIn(period));
}
