import '@mantine/charts/styles.css';
import type { AgentSatisfaction } from '@guichet/contract/reports';
import { BarChart } from '@mantine/charts';
import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { CHART_PROPS, NAME_AXIS_PROPS } from './chart-props';
import { useDashboardFormat } from './dashboard-format';

/**
 * Mean stars per agent credited with the ratings, best first (the server's order). The caller's
 * own bar is its own series (another colour, « Vous » in the legend) and its row is marked.
 */
export function AgentSatisfactionCard({ agents }: { agents: AgentSatisfaction[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const nameOf = (a: AgentSatisfaction) => (a.me ? t('dashboard.agents.you', { name: a.agent.name }) : a.agent.name);
  const withMe = agents.some((a) => a.me);
  // Stacked with one of the two empty: one bar per agent, coloured by whose it is.
  const data = agents.map((a) => ({
    label: nameOf(a),
    others: a.me ? null : a.meanTenths / 10,
    mine: a.me ? a.meanTenths / 10 : null,
  }));
  const summaryItems = agents.map((a) => t('dashboard.agents.item', { name: nameOf(a), stars: format.stars(a.meanTenths), count: a.count }));

  return (
    <ChartCard
      title={t('dashboard.agents.title')}
      description={t('dashboard.agents.description')}
      summaryItems={summaryItems}
      empty={agents.length === 0 ? t('dashboard.agents.empty') : undefined}
      chart={
        <BarChart
          h={Math.max(140, 34 * agents.length + 60)}
          data={data}
          {...CHART_PROPS}
          type="stacked"
          orientation="vertical"
          series={[
            { name: 'others', label: t('dashboard.agents.mean'), color: 'blue.6' },
            ...(withMe ? [{ name: 'mine', label: t('dashboard.agents.yourMean'), color: 'orange.6' }] : []),
          ]}
          valueFormatter={(stars: number) => t('dashboard.agents.starsValue', { stars: format.stars(Math.round(stars * 10)) })}
          xAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], tickFormatter: (v: number) => format.count(v) }}
          yAxisProps={NAME_AXIS_PROPS}
          withLegend={withMe}
          gridAxis="x"
          maxBarWidth={22}
        />
      }
      columns={[t('dashboard.agents.agent'), t('dashboard.agents.mean'), t('dashboard.agents.count')]}
      tableRows={agents.map((a) => (
        <Table.Tr key={a.agent.id} bg={a.me ? 'var(--mantine-color-orange-light)' : undefined} data-me={a.me || undefined}>
          <Table.Th scope="row" fw={a.me ? 700 : 500}>
            {a.agent.name}
            {a.me && (
              <Badge size="sm" color="orange" variant="light" ml="xs" style={{ textTransform: 'none' }}>
                {t('dashboard.agents.youBadge')}
              </Badge>
            )}
          </Table.Th>
          <Table.Td ta="right">{t('dashboard.agents.starsValue', { stars: format.stars(a.meanTenths) })}</Table.Td>
          <Table.Td ta="right">{format.count(a.count)}</Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
