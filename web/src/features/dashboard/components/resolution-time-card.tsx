import '@mantine/charts/styles.css';
import type { PerformanceWeek } from '@guichet/contract/reports';
import { LineChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { CHART_PROPS, WEEK_AXIS_PROPS } from './chart-props';
import { useDashboardFormat } from './dashboard-format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Mean and median time from creation to resolution of the tickets resolved each week. */
export function ResolutionTimeCard({ weeks }: { weeks: PerformanceWeek[] }) {
  const { t } = useTranslation();
  const format = useDashboardFormat();
  const measured = weeks.filter((w) => w.resolutionMinutes.mean !== null);
  const data = weeks.map((w) => ({ label: format.weekShort(w.week), mean: w.resolutionMinutes.mean, median: w.resolutionMinutes.median }));
  const summaryItems = measured.map((w) =>
    t('dashboard.resolution.item', {
      week: format.weekLong(w.week, w.start),
      mean: format.duration(w.resolutionMinutes.mean),
      median: format.duration(w.resolutionMinutes.median),
    }),
  );

  return (
    <ChartCard
      title={t('dashboard.resolution.title')}
      description={t('dashboard.resolution.description')}
      summaryItems={summaryItems}
      empty={measured.length === 0 ? t('dashboard.resolution.empty') : undefined}
      chart={
        <LineChart
          h={260}
          data={data}
          {...CHART_PROPS}
          series={[
            { name: 'mean', label: t('dashboard.resolution.mean'), color: 'indigo.6' },
            { name: 'median', label: t('dashboard.resolution.median'), color: 'orange.6' },
          ]}
          // The tooltip says « 1 j 4 h »; the axis counts hours.
          valueFormatter={(minutes: number) => format.duration(minutes)}
          yAxisProps={{ tickFormatter: (minutes: number) => t('dashboard.resolution.axisHours', { hours: format.hours(minutes) }), width: 56 }}
          xAxisProps={WEEK_AXIS_PROPS}
          connectNulls
          withLegend
          curveType="monotone"
        />
      }
      columns={[t('dashboard.weekly.week'), t('dashboard.weekly.resolved'), t('dashboard.resolution.mean'), t('dashboard.resolution.median')]}
      tableRows={weeks.map((w) => (
        <Table.Tr key={w.week}>
          <Table.Th scope="row" fw={500} style={nowrap}>
            {format.weekLong(w.week, w.start)}
          </Table.Th>
          <Table.Td ta="right">{format.count(w.resolved)}</Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {format.duration(w.resolutionMinutes.mean)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {format.duration(w.resolutionMinutes.median)}
          </Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
