/** Query of `GET /api/reports/performance`, as the page builds it (no `format`: JSON). */
export interface PerformanceReportParams {
  from: string;
  to: string;
  clientId?: string;
  agentId?: string;
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  reports: () => [...dashboardKeys.all, 'performance'] as const,
  report: (query: PerformanceReportParams) => [...dashboardKeys.reports(), query] as const,
};
