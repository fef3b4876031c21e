import type { CostReport } from '@guichet/contract/reports';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../../lib/api';
import { costKeys, type CostReportParams } from './query-keys';

const PATH = '/api/reports/costs';

/** `GET /api/reports/costs` (admin) — cost of the time logged in [from, to], grouped. */
export function getCostReport(query: CostReportParams, signal?: AbortSignal): Promise<CostReport> {
  return apiRequest<CostReport>(PATH, { query: { ...query }, signal });
}

/**
 * The same call as a download link (every row, no `limit`): the session cookie authenticates the
 * GET and the server answers with an attachment, so a plain `<a href>` is enough.
 */
export function costReportCsvUrl(query: Omit<CostReportParams, 'limit'>): string {
  return buildUrl(PATH, { ...query, format: 'csv' });
}

export function useCostReport(query: CostReportParams, enabled = true) {
  return useQuery({
    queryKey: costKeys.report(query),
    queryFn: ({ signal }) => getCostReport(query, signal),
    enabled,
    // Keep the table on screen while another sort or filter loads.
    placeholderData: keepPreviousData,
  });
}
