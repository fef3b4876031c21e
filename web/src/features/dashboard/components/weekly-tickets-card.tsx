import '@mantine/charts/styles.css';
import type { PerformanceWeek } from '@guichet/contract/reports';
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { CHART_PROPS, WEEK_AXIS_PROPS } from './chart-props';
import { useDashboardFormat } from './dashboard-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Tickets opened, resolved and closed per ISO week of the period. */
export function WeeklyTicketsCard({ weeks }: { weeks: PerformanceWeek[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const data = weeks.map((w) => ({ label: format.weekShort(w.week), opened: w.opened, resolved: w.resolved, closed: w.closed }));
  const summaryItems = weeks.map((w) =>
    t('dashboard.weekly.item', {
      week: format.weekLong(w.week, w.start),
      opened: format.count(w.opened),
      resolved: format.count(w.resolved),
      closed: format.count(w.closed),
    }),
  );

  return (
    <ChartCard
      title={t('dashboard.weekly.title')}
      description={t('dashboard.weekly.description')}
      summaryItems={summaryItems}
      chart={
        <BarChart
          h={260}
          data={data}
          {...CHART_PROPS}
          series={[
            { name: 'opened', label: t('dashboard.weekly.opened'), color: 'blue.6' },
            { name: 'resolved', label: t('dashboard.weekly.resolved'), color: 'teal.6' },
            { name: 'closed', label: t('dashboard.weekly.closed'), color: 'gray.6' },
          ]}
          valueFormatter={format.count}
          withLegend
          tickLine="y"
          maxBarWidth={18}
          xAxisProps={WEEK_AXIS_PROPS}
          yAxisProps={{ allowDecimals: false, width: 36 }}
        />
      }
      columns={[t('dashboard.weekly.week'), t('dashboard.weekly.opened'), t('dashboard.weekly.resolved'), t('dashboard.weekly.closed')]}
      tableRows={weeks.map((w) => (
        <Table.Tr key={w.week}>
          <Table.Th scope="row" fw={500} style={nowrap}>
            {format.weekLong(w.week, w.start)}
          </Table.Th>
          <Table.Td ta="right">{format.count(w.opened)}</Table.Td>
          <Table.Td ta="right">{format.count(w.resolved)}</Table.Td>
          <Table.Td ta="right">{format.count(w.closed)}</Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
