import '@mantine/charts/styles.css';
import type { BudgetDetail, PeriodKind } from '@guichet/contract/budgets';
import { LineChart } from '@mantine/charts';
import { Box, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDay } from './budget-form-values';
import { useBudgetFormat } from './budget-format';

export interface BudgetChartPoint {
  date: string;
  /** Cumulative actual in cents, up to today (or the period's end once past). */
  actual?: number;
  budget: number;
  /** Today's cumulative, then the projection at the period's end: drawn dashed between the two. */
  projection?: number;
}

/** Every day of the period: cumulative actual where known, the budget line, the projection from today to the end. */
export function budgetChartPoints(budget: BudgetDetail): BudgetChartPoint[] {
  const actual = new Map(budget.daily.map((day) => [day.date, day.cumulativeCents]));
  const last = budget.daily.at(-1);
  const projecting = budget.state === 'current' && budget.projectedCents !== null && last !== undefined && last.date < budget.periodEnd;
  const points: BudgetChartPoint[] = [];
  // Bounded by the calendar: a year is at most 366 days.
  for (let day = budget.periodStart; day <= budget.periodEnd && points.length < 366; day = nextDay(day)) {
    const point: BudgetChartPoint = { date: day, budget: budget.amountCents };
    const cumulative = actual.get(day);
    if (cumulative !== undefined) point.actual = cumulative;
    if (projecting && day === last.date) point.projection = last.cumulativeCents;
    if (projecting && day === budget.periodEnd) point.projection = budget.projectedCents ?? undefined;
    points.push(point);
  }
  return points;
}

/** Days of the month the axis names, at a steady step: each week of a month, twice a month over a quarter, monthly over a year. */
const TICK_DAYS: Record<PeriodKind, readonly number[]> = { month: [1, 8, 15, 22, 29], quarter: [1, 15], year: [1] };

function isChartTick(kind: PeriodKind, day: string): boolean {
  return TICK_DAYS[kind].includes(Number(day.slice(8, 10)));
}

/** Cumulative actual against the budget, day by day, with a text summary for screen readers. */
export function BudgetChart({ budget, currency, headingOrder }: { budget: BudgetDetail; currency: string; headingOrder: 3 | 4 | 5 }) {
  const { t } = useTranslation();
  const format = useBudgetFormat(currency);
  const titleId = useId();
  const summaryId = useId();
  const last = budget.daily.at(-1);

  if (!last) {
    return (
      <Text fz="sm" c="dimmed">
        {t('budgets.chart.notStarted', { date: format.day(budget.periodStart) })}
      </Text>
    );
  }

  const points = budgetChartPoints(budget).map((point) => ({ ...point, label: format.shortDay(point.date) }));
  const projecting = points.some((point) => point.projection !== undefined);
  const ticks = points.filter((point) => isChartTick(budget.periodKind, point.date)).map((point) => point.label);
  const summary = [
    t('budgets.chart.summary', { date: format.day(last.date), actual: format.money(last.cumulativeCents), amount: format.money(budget.amountCents) }),
    projecting && budget.projectedCents !== null
      ? t('budgets.chart.summaryProjection', { projected: format.money(budget.projectedCents), end: format.day(budget.periodEnd) })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={titleId} aria-describedby={summaryId}>
      <Title order={headingOrder} fz="h5" id={titleId}>
        {t('budgets.chart.title')}
      </Title>
      <VisuallyHidden id={summaryId}>{summary}</VisuallyHidden>
      {/* The figures above and the summary say what the lines show; the drawing itself is for the eyes. */}
      <Box aria-hidden>
        <LineChart
          h={260}
          data={points}
          dataKey="label"
          curveType="linear"
          withDots={false}
          withLegend
          accessibilityLayer={false}
          valueFormatter={format.money}
          yAxisProps={{ tickFormatter: format.moneyRounded, width: 80 }}
          xAxisProps={{ ticks, minTickGap: 24 }}
          series={[
            { name: 'actual', label: t('budgets.chart.actual'), color: 'indigo.6' },
            { name: 'budget', label: t('budgets.chart.budget'), color: 'gray.6' },
            ...(projecting
              ? [{ name: 'projection', label: t('budgets.chart.projection'), color: 'orange.6', strokeDasharray: '6 4' }]
              : []),
          ]}
        />
      </Box>
    </Stack>
  );
}
