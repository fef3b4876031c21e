import type { CostGroupBy, CostSort } from '@guichet/contract/reports';

/** Query of `GET /api/reports/costs`, as the page builds it (no `format`: JSON). */
export interface CostReportParams {
  from: string;
  to: string;
  groupBy: CostGroupBy;
  clientId?: string;
  agentId?: string;
  sort: CostSort;
  limit?: number;
}

export const costKeys = {
  all: ['costs'] as const,
  reports: () => [...costKeys.all, 'report'] as const,
  report: (query: CostReportParams) => [...costKeys.reports(), query] as const,
};
