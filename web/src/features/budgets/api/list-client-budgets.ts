import type { BudgetList } from '@guichet/contract/budgets';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `GET /api/clients/{id}/budgets` (admin) → every budget (newest period first), the current one with its days, the client's costs. */
export function listClientBudgets(clientId: string, signal?: AbortSignal): Promise<BudgetList> {
  return apiRequest<BudgetList>(`/api/clients/${encodeURIComponent(clientId)}/budgets`, { signal });
}

export function useClientBudgets(clientId: string) {
  return useQuery({ queryKey: budgetKeys.client(clientId), queryFn: ({ signal }) => listClientBudgets(clientId, signal) });
}
