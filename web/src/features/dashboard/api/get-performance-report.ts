import type { PerformanceReport } from '@guichet/contract/reports';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../lib/api';
import { dashboardKeys, type PerformanceReportParams } from './query-keys';

const PATH = '/api/reports/performance';

/** `GET /api/reports/performance` (staff) — the dashboard over [from, to]; agents get no money keys. */
export function getPerformanceReport(query: PerformanceReportParams, signal?: AbortSignal): Promise<PerformanceReport> {
  return apiRequest<PerformanceReport>(PATH, { query: { ...query }, signal });
}

/**
 * The same report as a CSV download: the session cookie authenticates the GET and the server
 * answers with an attachment, so a plain `<a href download>` is enough.
 */
export function performanceReportCsvUrl(query: PerformanceReportParams): string {
  return buildUrl(PATH, { ...query, format: 'csv' });
}

export function usePerformanceReport(query: PerformanceReportParams, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.report(query),
    queryFn: ({ signal }) => getPerformanceReport(query, signal),
    enabled,
    // Keep the figures on screen while another period or filter loads.
    placeholderData: keepPreviousData,
  });
}
