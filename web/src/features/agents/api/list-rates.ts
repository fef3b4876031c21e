import type { RateList } from '@guichet/contract/time';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

/** `GET /api/agents/{id}/rates` (admin) — the agent's hourly rates, oldest first as the server gives them. */
export function listRates(agentId: string, signal?: AbortSignal): Promise<RateList> {
  return apiRequest<RateList>(`/api/agents/${encodeURIComponent(agentId)}/rates`, { signal });
}

export function useRates(agentId: string) {
  return useQuery({ queryKey: agentKeys.rates(agentId), queryFn: ({ signal }) => listRates(agentId, signal) });
}
