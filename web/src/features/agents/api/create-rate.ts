import type { CreateRateBody, RateList } from '@guichet/contract/time';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

/** `POST /api/agents/{id}/rates` (admin) → 201 RateList; re-prices the time entries the new rate covers. */
export function createRate(agentId: string, body: CreateRateBody): Promise<RateList> {
  return apiRequest<RateList>(`/api/agents/${encodeURIComponent(agentId)}/rates`, { method: 'POST', body });
}

export function useCreateRate(agentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRateBody) => createRate(agentId, body),
    onSuccess: (rates) => {
      queryClient.setQueryData(agentKeys.rates(agentId), rates);
      // Ticket costs changed too: they are refetched when next shown (other features' caches are not ours to name).
      return queryClient.invalidateQueries({ queryKey: agentKeys.rates(agentId) });
    },
  });
}
