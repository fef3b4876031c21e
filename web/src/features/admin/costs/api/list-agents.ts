import type { Agent } from '@guichet/contract/agents';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { costKeys } from './query-keys';

/** `GET /api/agents` (staff) — every agent, active or not, for the agent filter. */
export function listAgents(signal?: AbortSignal): Promise<{ items: Agent[] }> {
  return apiRequest<{ items: Agent[] }>('/api/agents', { signal });
}

export function useAgents() {
  return useQuery({ queryKey: costKeys.agents(), queryFn: ({ signal }) => listAgents(signal) });
}
