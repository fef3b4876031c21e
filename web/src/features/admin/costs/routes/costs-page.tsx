import type { CostSort } from '@guichet/contract/reports';
import { Alert, Box, Skeleton, Stack, Text } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../../components/empty-state';
import { ErrorAlert } from '../../../../components/error-alert';
import { ReportHeader } from '../../../../components/report-header';
import { localToday } from '../../../../lib/duration';
import { usePageTitle } from '../../../../lib/use-page-title';
import { costReportCsvUrl, useCostReport } from '../api/get-cost-report';
import { CHART_TOP, CostChart } from '../components/cost-chart';
import { CostFilterBar } from '../components/cost-filter-bar';
import {
  filtersFromParams,
  isPeriodGroup,
  isRangeAllowed,
  paramsFromFilters,
  queryFromFilters,
  type CostFilters,
} from '../components/cost-filters';
import { useCostFormat } from '../components/cost-labels';
import { CostTable } from '../components/cost-table';
import { CostTotals } from '../components/cost-totals';

/**
 * `/admin/costs` (admin): what the time logged cost over a period, grouped by ticket, client, agent
 * or period, against the clients' budgets. Filters live in the URL, so a view can be bookmarked.
 */
export function CostsPage() {
  const { t } = useTranslation();
  usePageTitle(t('costs.title'));
  const format = useCostFormat();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const today = localToday();
  const filters = filtersFromParams(searchParams);
  const query = queryFromFilters(filters, today);
  const rangeAllowed = isRangeAllowed(query);
  const report = useCostReport(query, rangeAllowed);

  // The table shows the first rows in its own order; the chart wants the most expensive ones.
  const data = report.data;
  const truncated = data !== undefined && data.totalRows > data.rows.length;
  const needsTop = truncated && !isPeriodGroup(data.groupBy) && query.sort !== '-costCents';
  const top = useCostReport({ ...query, sort: '-costCents', limit: CHART_TOP }, rangeAllowed && needsTop);

  const setFilters = (next: CostFilters) => {
    const search = paramsFromFilters(next).toString();
    void navigate({ search: search ? `?${search}` : '' }, { replace: true });
  };
  const setSort = (sort: CostSort) => setFilters({ ...filters, sort });

  return (
    <Stack gap="md">
      <ReportHeader
        title={t('costs.title')}
        order={2}
        description={t('costs.intro')}
        csvUrl={rangeAllowed ? costReportCsvUrl(query) : undefined}
      />

      <CostFilterBar filters={filters} onChange={setFilters} today={today} />

      {!rangeAllowed ? (
        <Alert color="orange" role="alert">
          {t('costs.rangeTooLong')}
        </Alert>
      ) : report.isPending ? (
        <Stack gap="xs" aria-busy>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.rows.length === 0 ? (
        <EmptyState
          icon={<IconReportMoney size={32} />}
          order={3}
          title={t('costs.empty')}
          description={filters.clientId || filters.agentId ? t('costs.emptyFiltered') : t('costs.emptyDescription')}
        />
      ) : (
        <Stack gap="md" aria-busy={report.isPlaceholderData} style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
          <CostTotals report={report.data} />
          <CostChart
            rows={needsTop && top.data ? top.data.rows : report.data.rows}
            groupBy={report.data.groupBy}
            currency={report.data.currency}
          />
          <Box>
            {truncated && (
              <Text fz="sm" c="dimmed" mb="xs">
                {t('costs.table.truncated', {
                  shown: format.count(report.data.rows.length),
                  total: format.count(report.data.totalRows),
                })}
              </Text>
            )}
            <CostTable
              rows={report.data.rows}
              groupBy={report.data.groupBy}
              currency={report.data.currency}
              sort={query.sort}
              onSort={setSort}
            />
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
