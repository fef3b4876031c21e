import type { PeriodKind } from '@guichet/contract/budgets';
import type { TFunction } from 'i18next';

/** The quarter (1–4) of a `YYYY-MM-DD` day. */
export function quarterOf(ymd: string): number {
  return Math.floor((Number(ymd.slice(5, 7)) - 1) / 3) + 1;
}

/**
 * A budget's calendar period in words: month « novembre 2026 », quarter « T4 2026 » (« Q4 2026 »),
 * year « 2026 ». Shared by the fiche client, the clients list and the notification bell.
 */
export function budgetPeriodLabel(t: TFunction, locale: string, kind: PeriodKind, periodStart: string): string {
  const year = periodStart.slice(0, 4);
  if (kind === 'year') return year;
  if (kind === 'quarter') return t('budgets.period.quarter', { quarter: quarterOf(periodStart), year });
  const at = new Date(`${periodStart}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return periodStart;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
}
