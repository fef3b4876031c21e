import '@mantine/charts/styles.css';
import type { ClientCostAgainstBudget } from '@guichet/contract/reports';
import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCents } from '../../../lib/money';
import { ChartCard } from './chart-card';
import { CHART_PROPS, NAME_AXIS_PROPS } from './chart-props';
import { useDashboardFormat } from './dashboard-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

function Percent({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  if (value === null) return <Text span c="dimmed">{t('dashboard.none')}</Text>;
  if (value <= 100) return <>{format.percent(value)}</>;
  return (
    <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
      {format.percent(value)} <VisuallyHidden>{t('dashboard.clients.over')}</VisuallyHidden>
    </Badge>
  );
}

/** Admins: the most costly clients of the period, their cost beside their budgets' share of it. */
export function ClientCostCard({ clients, currency }: { clients: ClientCostAgainstBudget[]; currency: string }) {
  const { t } = useTranslation();
  const money = (cents: number) => formatCents(cents, currency);
  // Axis ticks in whole units (« 1 500 € »): the exact amounts are in the tooltip and the table.
  const whole = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, maximumFractionDigits: 0 });
  const withBudget = clients.some((c) => c.budgetCents !== null);
  const data = clients.map((c) => ({ label: c.client.name, cost: c.costCents, budget: c.budgetCents }));
  const summaryItems = clients.map((c) =>
    c.budgetCents === null
      ? t('dashboard.clients.item', { name: c.client.name, cost: money(c.costCents) })
      : t('dashboard.clients.itemWithBudget', { name: c.client.name, cost: money(c.costCents), budget: money(c.budgetCents) }),
  );

  return (
    <ChartCard
      title={t('dashboard.clients.title')}
      description={t('dashboard.clients.description', { count: clients.length })}
      summaryItems={summaryItems}
      empty={clients.length === 0 ? t('dashboard.clients.empty') : undefined}
      tableMinWidth={440}
      chart={
        <BarChart
          h={Math.max(140, 40 * clients.length + 60)}
          data={data}
          {...CHART_PROPS}
          orientation="vertical"
          series={[
            { name: 'cost', label: t('dashboard.clients.cost'), color: 'blue.6' },
            ...(withBudget ? [{ name: 'budget', label: t('dashboard.clients.budget'), color: 'gray.5' }] : []),
          ]}
          valueFormatter={money}
          xAxisProps={{ tickFormatter: (cents: number) => whole.format(cents / 100) }}
          yAxisProps={NAME_AXIS_PROPS}
          withLegend={withBudget}
          gridAxis="x"
          maxBarWidth={16}
        />
      }
      columns={[t('dashboard.clients.client'), t('dashboard.clients.cost'), t('dashboard.clients.budget'), t('dashboard.clients.percent')]}
      tableRows={clients.map((c) => (
        <Table.Tr key={c.client.id}>
          <Table.Th scope="row" fw={500}>
            <Anchor component={Link} to={`/clients/${c.client.id}`}>
              {c.client.name}
            </Anchor>
          </Table.Th>
          <Table.Td ta="right" style={nowrap}>
            {money(c.costCents)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {c.budgetCents === null ? <Text span c="dimmed">{t('dashboard.none')}</Text> : money(c.budgetCents)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            <Percent value={c.percentOfBudget} />
          </Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
