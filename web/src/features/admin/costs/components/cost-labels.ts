import type { CostGroupBy, CostRow } from '@guichet/contract/reports';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const WEEK = /^(\d{4})-W(\d{1,2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** `2026-W48` → « Sem. 48 · 2026 », `2026-11` → « novembre 2026 », `2026-Q4` → « T4 2026 » (« Q4 2026 » in English). */
function periodLabel(t: TFunction, locale: string, groupBy: CostGroupBy, row: CostRow): string | null {
  const week = groupBy === 'week' ? WEEK.exec(row.key) : null;
  if (week) return t('costs.period.week', { week: Number(week[2]), year: week[1] });
  const month = groupBy === 'month' ? MONTH.exec(row.key) : null;
  if (month) {
    const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
  }
  const quarter = groupBy === 'quarter' ? QUARTER.exec(row.key) : null;
  if (quarter) return t('costs.period.quarter', { quarter: quarter[2], year: quarter[1] });
  return null;
}

/** How a row is named, as text (the chart, its summary): « #123 Sujet », the client's or agent's name, the period. */
export function rowText(t: TFunction, locale: string, groupBy: CostGroupBy, row: CostRow): string {
  if (groupBy === 'ticket' && row.ticket) return t('costs.ticketLabel', { number: row.ticket.number, subject: row.ticket.subject });
  if (groupBy === 'client' && row.client) return row.client.name;
  if (groupBy === 'agent' && row.agent) return row.agent.name;
  return periodLabel(t, locale, groupBy, row) ?? row.label;
}

/** Number formats of the page in the interface language. */
export function useCostFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  return {
    locale,
    /** 84.5 → « 84,5 % ». */
    percent: (value: number) => percent.format(value / 100),
    count: (value: number) => count.format(value),
    rowText: (groupBy: CostGroupBy, row: CostRow) => rowText(t, locale, groupBy, row),
  };
}

/** cost / budget × 100 with one decimal, as the server computes it per row; null without a budget. */
export function percentOf(costCents: number, budgetCents: number | null): number | null {
  if (budgetCents === null || budgetCents <= 0) return null;
  return Math.round((costCents * 1000) / budgetCents) / 10;
}
