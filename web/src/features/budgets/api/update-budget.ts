import type { Budget, UpdateBudgetBody } from '@guichet/contract/budgets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `PATCH /api/budgets/{id}` (admin): amount and/or thresholds → the Budget. */
export function updateBudget(budgetId: string, body: UpdateBudgetBody): Promise<Budget> {
  return apiRequest<Budget>(`/api/budgets/${encodeURIComponent(budgetId)}`, { method: 'PATCH', body });
}

export function useUpdateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ budgetId, body }: { budgetId: string; body: UpdateBudgetBody }) => updateBudget(budgetId, body),
    // Status, projection and alerts follow from the amount: refetch the lists and details rather than patch them.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
  });
}
