import type { Agent } from '@guichet/contract/agents';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

/** `GET /api/agents/me` (agent) → the signed-in agent; 404 for anyone else. */
export function getMyAgent(signal?: AbortSignal): Promise<Agent> {
  return apiRequest<Agent>('/api/agents/me', { signal });
}

export function useMyAgent(enabled = true) {
  return useQuery({ queryKey: agentKeys.me(), queryFn: ({ signal }) => getMyAgent(signal), enabled });
}
