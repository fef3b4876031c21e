import type { Budget, CreateBudgetBody } from '@guichet/contract/budgets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { budgetKeys } from './query-keys';

/** `POST /api/clients/{id}/budgets` (admin) → 201 Budget; 409 `budget_overlap` when some of those days already have one. */
export function createBudget(clientId: string, body: CreateBudgetBody): Promise<Budget> {
  return apiRequest<Budget>(`/api/clients/${encodeURIComponent(clientId)}/budgets`, { method: 'POST', body });
}

export function useCreateBudget(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBudgetBody) => createBudget(clientId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
  });
}
