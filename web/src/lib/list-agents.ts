import type { Agent } from '@guichet/contract/agents';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

/** The one cache entry of the agents list: Administration → Agents, the assignment panel, the agent filters. */
export const agentListQueryKey = ['agents', 'list'] as const;

/** `GET /api/agents` (staff) — every agent, active or not, with availability, working hours, leaves and load. */
export function listAgents(signal?: AbortSignal): Promise<{ items: Agent[] }> {
  return apiRequest<{ items: Agent[] }>('/api/agents', { signal });
}

export function useAgentList({ enabled = true, refetchInterval }: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery({ queryKey: agentListQueryKey, queryFn: ({ signal }) => listAgents(signal), enabled, refetchInterval });
}
