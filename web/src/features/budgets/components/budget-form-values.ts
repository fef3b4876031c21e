import type { PeriodKind } from '@guichet/contract/budgets';
import { quarterOf } from '../../../lib/budget-period';
import { parseCents } from '../../../lib/money';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const satisfies readonly PeriodKind[];
export const isPeriodKind = (value: unknown): value is PeriodKind => (PERIOD_KINDS as readonly unknown[]).includes(value);

export const DEFAULT_THRESHOLDS = ['80', '100'];
const MAX_THRESHOLDS = 5;

/** The thresholds typed as tags → sorted unique percents (1–500), or null when one of them is not. */
export function parseThresholds(tags: string[]): number[] | null {
  const values: number[] = [];
  for (const tag of tags) {
    const text = tag.trim().replace(/\s*%$/, '');
    if (!/^\d{1,3}$/.test(text)) return null;
    const value = Number(text);
    if (value < 1 || value > 500) return null;
    values.push(value);
  }
  const unique = [...new Set(values)].sort((a, b) => a - b);
  return unique.length >= 1 && unique.length <= MAX_THRESHOLDS ? unique : null;
}

/** The fields « Nouveau budget » and « Modifier » share, as typed. */
export interface BudgetAmountValues {
  amount: string;
  thresholds: string[];
}

/** The amount in cents and the thresholds the fields hold, or null while one of them is invalid. */
export function parseBudgetAmount(values: BudgetAmountValues): { amountCents: number; thresholds: number[] } | null {
  const amountCents = parseCents(values.amount);
  const thresholds = parseThresholds(values.thresholds);
  return amountCents !== null && amountCents >= 1 && thresholds ? { amountCents, thresholds } : null;
}

/** The period the form designates, as chosen in its fields. */
export interface PeriodChoice {
  periodKind: PeriodKind;
  /** Month picker value: any day of the month (`YYYY-MM-DD`), null until chosen. */
  month: string | null;
  /** `1`–`4`. */
  quarter: string;
  /** `2026`. */
  year: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the chosen period (`YYYY-MM-DD`), or null while the month is not chosen. */
export function periodStartOf(choice: PeriodChoice): string | null {
  if (choice.periodKind === 'month') return choice.month ? `${choice.month.slice(0, 7)}-01` : null;
  if (choice.periodKind === 'quarter') return `${choice.year}-${pad((Number(choice.quarter) - 1) * 3 + 1)}-01`;
  return `${choice.year}-01-01`;
}

/** The fields' starting values for a period containing `day`. */
export function choiceAround(periodKind: PeriodKind, day: string): PeriodChoice {
  return { periodKind, month: `${day.slice(0, 7)}-01`, quarter: String(quarterOf(day)), year: day.slice(0, 4) };
}

/** The day after `ymd`. */
export function nextDay(ymd: string): string {
  const at = new Date(`${ymd}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

/** Years offered in the quarter and year selects: a few back, several ahead, and `around` in any case. */
export function yearOptions(around: string): string[] {
  const year = Number(around);
  return Array.from({ length: 10 }, (_, i) => String(year - 3 + i));
}
