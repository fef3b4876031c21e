import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `DELETE /api/budgets/{id}` (admin) → 204. */
export function deleteBudget(budgetId: string): Promise<void> {
  return apiRequest<void>(`/api/budgets/${encodeURIComponent(budgetId)}`, { method: 'DELETE' });
}

export function useDeleteBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBudget,
    onSuccess: (_, budgetId) => {
      // Not refetched (it is gone): the other budgets' figures do not change, only the client's list.
      queryClient.removeQueries({ queryKey: budgetKeys.detail(budgetId) });
      return queryClient.invalidateQueries({ queryKey: [...budgetKeys.all, 'client'] });
    },
  });
}
