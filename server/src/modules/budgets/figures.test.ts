import { describe, expect, it } from 'vitest';
import { alertsDue, budgetShareCents, cumulative, exhaustionDate, figures, MIN_DAYS_FOR_PROJECTION, projectedCents, reachedOn, thresholdReached } from './figures.ts';
import { addDays, nextPeriod, periodOf, position, reportPeriod, todayIn } from './periods.ts';

const NOV = { start: '2026-11-01', end: '2026-11-30' };
const budget = (amountCents: number, thresholds = [80, 100]) => ({ period: NOV, amountCents, thresholds });

describe('calendar periods', () => {
  it('finds the month, quarter and year of a day, leap years and boundary days included', () => {
    expect(periodOf('month', '2028-02-29')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('month', '2026-02-01')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('month', '2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(periodOf('quarter', '2026-11-24')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodOf('quarter', '2026-04-01')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(periodOf('year', '2026-07-14')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('steps to the following period across a year end', () => {
    expect(nextPeriod('month', periodOf('month', '2026-12-05'))).toEqual({ start: '2027-01-01', end: '2027-01-31' });
    expect(nextPeriod('quarter', periodOf('quarter', '2026-11-05'))).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(nextPeriod('year', periodOf('year', '2026-11-05'))).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('counts the days begun, today included', () => {
    expect(position(NOV, '2026-10-31')).toEqual({ state: 'future', daysElapsed: 0 });
    expect(position(NOV, '2026-11-01')).toEqual({ state: 'current', daysElapsed: 1 });
    expect(position(NOV, '2026-11-30')).toEqual({ state: 'current', daysElapsed: 30 });
    expect(position(NOV, '2026-12-01')).toEqual({ state: 'past', daysElapsed: 30 });
  });

  it("takes today in the company's time zone", () => {
    const lateUtc = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('UTC', lateUtc)).toBe('2026-11-30');
    expect(todayIn('Europe/Paris', lateUtc)).toBe('2026-12-01');
    expect(todayIn('America/New_York', lateUtc)).toBe('2026-11-30');
  });

  it('names report periods: ISO weeks (Monday first), months, quarters', () => {
    expect(reportPeriod('week', '2026-11-25')).toEqual({ key: '2026-W48', start: '2026-11-23', end: '2026-11-29' });
    // 1 January 2027 is a Friday: it belongs to 2026's last ISO week
    expect(reportPeriod('week', '2027-01-01')).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(reportPeriod('week', '2025-12-29').key).toBe('2026-W01');
    expect(reportPeriod('month', '2026-11-25').key).toBe('2026-11');
    expect(reportPeriod('quarter', '2026-11-25')).toEqual({ key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('projection', () => {
  it('extrapolates actual to the end of the period at the pace so far, to the cent', () => {
    // 10 of 30 days begun, 1 000.00 spent → 3 000.00
    expect(projectedCents(100_000, NOV, '2026-11-10')).toBe(300_000);
    // 7 days, 100.00 → 100 × 30 / 7 = 428.571… → 428.57
    expect(projectedCents(10_000, NOV, '2026-11-07')).toBe(42_857);
    // half a cent rounds up: 1 cent × 30 / 4 = 7.5 → 8
    expect(projectedCents(1, NOV, '2026-11-04')).toBe(8);
  });

  it('is actual once the period is over, and nothing before it starts', () => {
    expect(projectedCents(12_345, NOV, '2026-12-15')).toBe(12_345);
    expect(projectedCents(0, NOV, '2026-10-15')).toBeNull();
  });

  it('gives the day the budget runs out at this pace, inside the period', () => {
    // 10 days, 400.00 of 1 000.00: 40.00 a day → the 25th day
    expect(exhaustionDate(40_000, 100_000, NOV, '2026-11-10')).toBe('2026-11-25');
    // a pace that would need 31 days: not within November
    expect(exhaustionDate(30_000, 100_000, NOV, '2026-11-10')).toBeNull();
    expect(exhaustionDate(0, 100_000, NOV, '2026-11-10')).toBeNull();
    expect(exhaustionDate(100_000, 100_000, NOV, '2026-11-10')).toBeNull();
    expect(exhaustionDate(40_000, 100_000, NOV, '2026-12-02')).toBeNull();
  });
});

describe('thresholds and status', () => {
  it('reaches a threshold at exactly its percent, in integers', () => {
    expect(thresholdReached(79_999, 100_000, 80)).toBe(false);
    expect(thresholdReached(80_000, 100_000, 80)).toBe(true);
    expect(thresholdReached(1, 3, 33)).toBe(true); // 33.33 %
    expect(thresholdReached(1, 3, 34)).toBe(false);
  });

  it('tells ok, warning, projected over and over', () => {
    expect(figures(budget(100_000), 10_000, '2026-11-20').status).toBe('ok');
    expect(figures(budget(100_000), 85_000, '2026-11-29').status).toBe('warning');
    expect(figures(budget(100_000), 50_000, '2026-11-10').status).toBe('projected_over');
    expect(figures(budget(100_000), 100_000, '2026-11-29').status).toBe('over');
    // one entry on the 2nd « projects » fifteen times over: not counted before a week
    expect(figures(budget(100_000), 10_000, '2026-11-02').status).toBe('ok');
    expect(figures(budget(100_000), 30_000, addDays(NOV.start, MIN_DAYS_FOR_PROJECTION - 1)).status).toBe('projected_over');
  });

  it('gives remaining (negative when over) and percent used with one decimal', () => {
    const f = figures(budget(30_000), 31_234, '2026-12-05');
    expect(f).toMatchObject({ state: 'past', remainingCents: -1_234, percentUsed: 104.1, projectedCents: 31_234, daysInPeriod: 30 });
  });
});

describe('alerts due', () => {
  it('calls for every threshold reached', () => {
    const b = budget(100_000, [50, 80, 100]);
    expect(alertsDue(b, figures(b, 79_999, '2026-11-30'))).toEqual([{ kind: 'threshold', thresholdPercent: 50 }]);
    expect(alertsDue(b, figures(b, 100_000, '2026-11-30')).map((a) => a.thresholdPercent)).toEqual([50, 80, 100]);
  });

  it('calls for the projection alert while actual is under the budget and the projection over it', () => {
    const b = budget(100_000);
    expect(alertsDue(b, figures(b, 40_000, '2026-11-10'))).toEqual([{ kind: 'projection', thresholdPercent: 0 }]);
    expect(alertsDue(b, figures(b, 40_000, '2026-11-03'))).toEqual([]); // too early to tell
    expect(alertsDue(b, figures(b, 30_000, '2026-11-10'))).toEqual([]); // 900.00 projected
    // over already: the 100 % threshold speaks, not the projection
    expect(alertsDue(b, figures(b, 110_000, '2026-11-10'))).toEqual([
      { kind: 'threshold', thresholdPercent: 80 },
      { kind: 'threshold', thresholdPercent: 100 },
    ]);
    // a past period has no projection to warn about
    expect(alertsDue(b, figures(b, 50_000, '2026-12-10'))).toEqual([]);
  });
});

describe('day by day', () => {
  const days = new Map([
    ['2026-10-31', 9_999], // outside the period
    ['2026-11-01', 1_000],
    ['2026-11-03', 2_000],
    ['2026-11-30', 500],
  ]);

  it('accumulates from the first day, days without costs included, up to today', () => {
    const c = cumulative(NOV, days, '2026-11-03');
    expect(c).toEqual([
      { date: '2026-11-01', costCents: 1_000, cumulativeCents: 1_000 },
      { date: '2026-11-02', costCents: 0, cumulativeCents: 1_000 },
      { date: '2026-11-03', costCents: 2_000, cumulativeCents: 3_000 },
    ]);
    expect(cumulative(NOV, days, '2027-01-01')).toHaveLength(30);
    expect(cumulative(NOV, days, '2027-01-01').at(-1)!.cumulativeCents).toBe(3_500);
  });

  it('finds the day the budget was reached, counting boundary days', () => {
    expect(reachedOn(NOV, days, 3_000)).toBe('2026-11-03');
    expect(reachedOn(NOV, days, 3_500)).toBe('2026-11-30');
    expect(reachedOn(NOV, days, 3_501)).toBeNull();
  });
});

describe('budget share of a range (reports)', () => {
  it('is the whole amount for a range covering the period, pro rata temporis otherwise', () => {
    expect(budgetShareCents(NOV, 30_000, { start: '2026-10-01', end: '2026-12-31' })).toBe(30_000);
    expect(budgetShareCents(NOV, 30_000, { start: '2026-11-23', end: '2026-11-29' })).toBe(7_000);
    expect(budgetShareCents(NOV, 10_000, { start: '2026-11-30', end: '2026-12-06' })).toBe(333); // 1/30 → 333.33
    expect(budgetShareCents(NOV, 30_000, { start: '2026-12-01', end: '2026-12-31' })).toBe(0);
  });
});
