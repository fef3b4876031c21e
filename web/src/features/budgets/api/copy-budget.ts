import type { CopyBudgetBody, CopyBudgetResult } from '@guichet/contract/budgets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `POST /api/budgets/{id}/copy` (admin) → 201 {created, skipped}: the same budget on the next periods, those already covered skipped. */
export function copyBudget(budgetId: string, body: CopyBudgetBody): Promise<CopyBudgetResult> {
  return apiRequest<CopyBudgetResult>(`/api/budgets/${encodeURIComponent(budgetId)}/copy`, { method: 'POST', body });
}

export function useCopyBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ budgetId, periods }: { budgetId: string; periods: number }) => copyBudget(budgetId, { periods }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
  });
}
