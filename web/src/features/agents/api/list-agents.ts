import type { Agent } from '@guichet/contract/agents';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

/** `GET /api/agents` (staff) — every agent with availability, working hours, leaves and load. */
export function listAgents(signal?: AbortSignal): Promise<{ items: Agent[] }> {
  return apiRequest<{ items: Agent[] }>('/api/agents', { signal });
}

export function useAgents() {
  return useQuery({
    queryKey: agentKeys.list(),
    queryFn: ({ signal }) => listAgents(signal),
    // « Disponible maintenant » depends on the clock (working hours, leaves): keep it fresh.
    refetchInterval: 60_000,
  });
}
