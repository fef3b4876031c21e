import type { PerformanceReport } from '@guichet/contract/reports';
import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ReportHeader } from '../../../components/report-header';
import { localToday } from '../../../lib/duration';
import { usePageTitle } from '../../../lib/use-page-title';
import { performanceReportCsvUrl, usePerformanceReport } from '../api/get-performance-report';
import { AgentSatisfactionCard } from '../components/agent-satisfaction-card';
import { BudgetsAtRisk } from '../components/budgets-at-risk';
import { ClientCostCard } from '../components/client-cost-card';
import { DashboardFigures } from '../components/dashboard-figures';
import { DashboardFilterBar } from '../components/dashboard-filter-bar';
import { filtersFromParams, isRangeAllowed, paramsFromFilters, queryFromFilters, type DashboardFilters } from '../components/dashboard-filters';
import { useDashboardFormat } from '../components/dashboard-format';
import { DashboardSkeleton } from '../components/dashboard-skeleton';
import { LatestRatings } from '../components/latest-ratings';
import { ResolutionTimeCard } from '../components/resolution-time-card';
import { WeeklyTicketsCard } from '../components/weekly-tickets-card';

/** Nothing happened in the period: no ticket opened, resolved or closed, no rating, no time cost. */
function isQuiet({ figures: f }: PerformanceReport): boolean {
  return f.opened + f.resolved + f.closed + f.satisfaction.count === 0 && !f.costCents;
}

function DashboardBody({ report, filtered }: { report: PerformanceReport; filtered: boolean }) {
  const { t } = useTranslation();
  const currency = report.currency ?? 'EUR';
  return (
    <Stack gap="md">
      <DashboardFigures report={report} />
      {isQuiet(report) ? (
        <EmptyState
          icon={<IconChartBar size={32} />}
          title={t('dashboard.empty')}
          description={filtered ? t('dashboard.emptyFiltered') : t('dashboard.emptyDescription')}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <WeeklyTicketsCard weeks={report.weeks} />
            <ResolutionTimeCard weeks={report.weeks} />
            <AgentSatisfactionCard agents={report.agents} />
            {report.clientCosts && <ClientCostCard clients={report.clientCosts} currency={currency} />}
          </SimpleGrid>
          <LatestRatings ratings={report.latestRatings} />
        </>
      )}
      {report.budgetsAtRisk && <BudgetsAtRisk budgets={report.budgetsAtRisk} total={report.budgetsAtRiskTotal ?? report.budgetsAtRisk.length} currency={currency} />}
    </Stack>
  );
}

/**
 * `/dashboard` (staff): tickets, resolution and first-response times and satisfaction over a
 * period, and for admins cost against budget. Filters live in the URL; agents see no money.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const format = useDashboardFormat();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const today = localToday();
  const filters = filtersFromParams(searchParams);
  const query = queryFromFilters(filters, today);
  const rangeAllowed = isRangeAllowed(query);
  const report = usePerformanceReport(query, rangeAllowed);

  // A new entry in the history: « back » returns to the previous period or filter.
  const setFilters = (next: DashboardFilters) => {
    const search = paramsFromFilters(next).toString();
    void navigate({ search: search ? `?${search}` : '' });
  };

  return (
    <Stack gap="md">
      <ReportHeader
        title={t('dashboard.title')}
        order={1}
        description={t('dashboard.range', { from: format.day(query.from), to: format.day(query.to) })}
        live
        csvUrl={rangeAllowed ? performanceReportCsvUrl(query) : undefined}
      />

      <DashboardFilterBar filters={filters} onChange={setFilters} today={today} />

      {!rangeAllowed ? (
        <Alert color="orange" role="alert">
          {t('dashboard.rangeTooLong')}
        </Alert>
      ) : report.isPending ? (
        <DashboardSkeleton />
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div aria-busy={report.isPlaceholderData} style={{ opacity: report.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
          <DashboardBody report={report.data} filtered={Boolean(filters.clientId || filters.agentId)} />
        </div>
      )}
    </Stack>
  );
}
