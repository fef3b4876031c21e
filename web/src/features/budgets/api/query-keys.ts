export const budgetKeys = {
  all: ['budgets'] as const,
  /** `GET /api/clients/{id}/budgets`: the client's budgets, the current one and its costs. */
  client: (clientId: string) => [...budgetKeys.all, 'client', clientId] as const,
  detail: (budgetId: string) => [...budgetKeys.all, 'detail', budgetId] as const,
};
