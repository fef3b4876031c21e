import type { Budget } from '@guichet/contract/budgets';
import { useTranslation } from 'react-i18next';
import { budgetPeriodLabel } from '../../../lib/budget-period';
import { useDateFormat } from '../../../lib/format';
import { formatCents } from '../../../lib/money';

/** Formatting of budget figures in the interface language (money always in cents, in the list's currency). */
export function useBudgetFormat(currency: string) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const { date, day } = useDateFormat();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const wholeMoney = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: 0 });
  const atUtcMidnight = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
  return {
    locale,
    money: (cents: number) => formatCents(cents, currency),
    /** Chart axis: whole units (« 1 200 € »). */
    moneyRounded: (cents: number) => wholeMoney.format(Math.round(cents / 100)),
    /** 85.2 → « 85,2 % ». */
    percent: (value: number) => percent.format(value / 100),
    /** `2026-11-23` → « 23 nov. 2026 », as every date in the app. */
    day,
    /** `2026-11-23` → « 23 nov. ». */
    shortDay: (ymd: string) => shortDay.format(atUtcMidnight(ymd)),
    /** A timestamp → « 12 nov. 2026 », in the browser's time zone. */
    date,
    period: (budget: Pick<Budget, 'periodKind' | 'periodStart'>) =>
      budgetPeriodLabel(t, locale, budget.periodKind, budget.periodStart),
  };
}

/** The currency symbol alone (« € »), for an amount field's label. */
export function currencySymbol(currency: string): string {
  try {
    const parts = new Intl.NumberFormat('fr-FR', { style: 'currency', currency }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** 123456 → « 1234,56 », how an amount is prefilled in a field (parsed back by `parseCents`). */
export function centsToInput(cents: number): string {
  const units = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(units) : `${units},${String(rest).padStart(2, '0')}`;
}
