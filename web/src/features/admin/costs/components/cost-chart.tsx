import '@mantine/charts/styles.css';
import type { CostGroupBy, CostRow } from '@guichet/contract/reports';
import { BarChart } from '@mantine/charts';
import { Box, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../lib/money';
import { isPeriodGroup } from './cost-filters';
import { useCostFormat } from './cost-labels';

/** Tickets, clients and agents: the most expensive ones only, or the bars get unreadable. */
export const CHART_TOP = 20;

interface CostChartProps {
  rows: CostRow[];
  groupBy: CostGroupBy;
  currency: string;
}

/** Long names are cut on the axis (the tooltip and the table have them whole). */
function shorten(label: string, max = 28): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** The rows the chart draws: periods in calendar order, anything else the most expensive first. */
export function chartRows(rows: CostRow[], groupBy: CostGroupBy): CostRow[] {
  if (isPeriodGroup(groupBy)) {
    return [...rows].sort((a, b) => (a.periodStart ?? a.key).localeCompare(b.periodStart ?? b.key));
  }
  return [...rows].sort((a, b) => b.costCents - a.costCents).slice(0, CHART_TOP);
}

/**
 * Cost per row, with the budget beside it where there is one. The drawing is hidden from screen
 * readers: the figure's text alternative says the same, and the table below has every number.
 */
export function CostChart({ rows, groupBy, currency }: CostChartProps) {
  const { t } = useTranslation();
  const format = useCostFormat();
  const titleId = useId();
  const summaryId = useId();
  const shown = chartRows(rows, groupBy);
  const periods = isPeriodGroup(groupBy);
  const withBudget = shown.some((row) => row.budgetCents !== null);
  const money = (cents: number) => formatCents(cents, currency);
  // Axis ticks in whole units (« 1 500 € »): the exact amounts are in the tooltip and the table.
  const whole = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: 0 });

  const data = shown.map((row) => ({ label: format.rowText(groupBy, row), cost: row.costCents, budget: row.budgetCents }));
  const series = [
    { name: 'cost', label: t('costs.chart.cost'), color: 'blue.6' },
    ...(withBudget ? [{ name: 'budget', label: t('costs.chart.budget'), color: 'gray.5' }] : []),
  ];
  const order = periods ? t('costs.chart.chronological') : t('costs.chart.top', { count: shown.length });
  const items = data.map((point) =>
    point.budget === null
      ? t('costs.chart.item', { label: point.label, cost: money(point.cost) })
      : t('costs.chart.itemWithBudget', { label: point.label, cost: money(point.cost), budget: money(point.budget) }),
  );

  return (
    <Paper component="figure" withBorder radius="md" p="md" m={0} aria-labelledby={titleId} aria-describedby={summaryId}>
      <Box component="figcaption" mb="sm">
        <Title order={3} fz="md" id={titleId}>
          {t(`costs.chart.title.${groupBy}`)}
        </Title>
        <Text fz="sm" c="dimmed">
          {order}
        </Text>
      </Box>
      <VisuallyHidden id={summaryId}>{t('costs.chart.summary', { items: items.join(t('costs.chart.separator')) })}</VisuallyHidden>
      <Box aria-hidden>
        <BarChart
          h={periods ? 300 : Math.max(160, 36 * shown.length + 60)}
          data={data}
          dataKey="label"
          series={series}
          orientation={periods ? 'horizontal' : 'vertical'}
          valueFormatter={money}
          xAxisProps={periods ? undefined : { tickFormatter: (value: number) => whole.format(value / 100) }}
          yAxisProps={
            periods
              ? { tickFormatter: (value: number) => whole.format(value / 100), width: 80 }
              : { tickFormatter: (label: string) => shorten(label), width: 180 }
          }
          withLegend={withBudget}
          accessibilityLayer={false}
          gridAxis={periods ? 'y' : 'x'}
          maxBarWidth={40}
        />
      </Box>
    </Paper>
  );
}
