import type { Budget } from '@guichet/contract/budgets';
import { useTranslation } from 'react-i18next';
import { budgetPeriodLabel } from '../../../lib/budget-period';
import { formatCents } from '../../../lib/money';

/** Formatting of budget figures in the interface language (money always in cents, in the list's currency). */
export function useBudgetFormat(currency: string) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const numericDate = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const wholeMoney = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: 0 });
  const ymd = (day: string) => new Date(`${day}T00:00:00Z`);
  return {
    locale,
    money: (cents: number) => formatCents(cents, currency),
    /** Chart axis: whole units (« 1 200 € »). */
    moneyRounded: (cents: number) => wholeMoney.format(Math.round(cents / 100)),
    /** 85.2 → « 85,2 % ». */
    percent: (value: number) => percent.format(value / 100),
    /** `2026-11-23` → « 23 novembre 2026 ». */
    longDay: (day: string) => longDay.format(ymd(day)),
    /** `2026-11-23` → « 23 nov. ». */
    shortDay: (day: string) => shortDay.format(ymd(day)),
    /** A timestamp → « 12/11/2026 », in the browser's time zone. */
    numericDate: (iso: string) => numericDate.format(new Date(iso)),
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
