// Test data for the budgets feature's tests (not part of the app).
import type { Budget, BudgetDetail, BudgetList } from '@guichet/contract/budgets';

export const CLIENT_ID = '00000000-0000-4000-8000-0000000000c1';

/** A budget as the server presents it; November 2026, 1 000 € of which 850 € spent by the 20th. */
export function budgetOf(overrides: Partial<Budget> = {}): Budget {
  return {
    id: '00000000-0000-4000-8000-0000000000b1',
    clientId: CLIENT_ID,
    periodKind: 'month',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    state: 'current',
    amountCents: 100_000,
    thresholds: [80, 100],
    actualCents: 85_000,
    remainingCents: 15_000,
    percentUsed: 85,
    projectedCents: 127_500,
    exhaustionDate: '2026-11-23',
    exceededOn: null,
    daysElapsed: 20,
    daysInPeriod: 30,
    ticketsOpened: 7,
    ticketsWorked: 5,
    costPerTicketCents: 17_000,
    status: 'projected_over',
    alerts: [
      { id: '00000000-0000-4000-8000-0000000000a1', kind: 'threshold', thresholdPercent: 80, actualCents: 80_500, projectedCents: 120_000, createdAt: '2026-11-12T09:00:00.000Z' },
      { id: '00000000-0000-4000-8000-0000000000a2', kind: 'projection', thresholdPercent: null, actualCents: 60_000, projectedCents: 110_000, createdAt: '2026-11-08T09:00:00.000Z' },
    ],
    createdAt: '2026-10-25T10:00:00.000Z',
    updatedAt: '2026-10-25T10:00:00.000Z',
    ...overrides,
  };
}

/** Cumulative actual over the first `days` days, `perDay` cents a day. */
export function dailyOf(periodStart: string, days: number, perDay: number): BudgetDetail['daily'] {
  return Array.from({ length: days }, (_, i) => ({
    date: `${periodStart.slice(0, 8)}${String(i + 1).padStart(2, '0')}`,
    costCents: perDay,
    cumulativeCents: perDay * (i + 1),
  }));
}

export const currentBudget: BudgetDetail = { ...budgetOf(), daily: dailyOf('2026-11-01', 20, 4250) };

export const pastBudget = budgetOf({
  id: '00000000-0000-4000-8000-0000000000b2',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  state: 'past',
  actualCents: 112_000,
  remainingCents: -12_000,
  percentUsed: 112,
  projectedCents: 112_000,
  exhaustionDate: null,
  exceededOn: '2026-10-27',
  daysElapsed: 31,
  daysInPeriod: 31,
  status: 'over',
  alerts: [],
});

export const futureBudget = budgetOf({
  id: '00000000-0000-4000-8000-0000000000b3',
  periodStart: '2026-12-01',
  periodEnd: '2026-12-31',
  state: 'future',
  actualCents: 0,
  remainingCents: 100_000,
  percentUsed: 0,
  projectedCents: null,
  exhaustionDate: null,
  daysElapsed: 0,
  daysInPeriod: 31,
  ticketsOpened: 0,
  ticketsWorked: 0,
  costPerTicketCents: null,
  status: 'ok',
  alerts: [],
});

export const budgetList: BudgetList = {
  items: [futureBudget, budgetOf(), pastBudget],
  current: currentBudget,
  cost: { currentMonthCents: 85_000, currentYearCents: 912_345, totalCents: 2_000_000 },
  currency: 'EUR',
  today: '2026-11-20',
};
