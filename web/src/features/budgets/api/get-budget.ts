import type { BudgetDetail } from '@guichet/contract/budgets';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `GET /api/budgets/{id}` (admin) → the budget with its day-by-day cumulative actual. */
export function getBudget(budgetId: string, signal?: AbortSignal): Promise<BudgetDetail> {
  return apiRequest<BudgetDetail>(`/api/budgets/${encodeURIComponent(budgetId)}`, { signal });
}

/** Disabled while `budgetId` is null (nothing selected). */
export function useBudget(budgetId: string | null) {
  return useQuery({
    queryKey: budgetKeys.detail(budgetId ?? ''),
    queryFn: ({ signal }) => getBudget(budgetId ?? '', signal),
    enabled: budgetId !== null,
  });
}
