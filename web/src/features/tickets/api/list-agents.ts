import type { Agent } from '@guichet/contract/agents';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/agents` (staff) — availability and load, for the assignee filter and the assignment list. */
export function listAgents(signal?: AbortSignal): Promise<{ items: Agent[] }> {
  return apiRequest<{ items: Agent[] }>('/api/agents', { signal });
}

export function useAgents(enabled = true) {
  return useQuery({ queryKey: ticketKeys.agents(), queryFn: ({ signal }) => listAgents(signal), enabled });
}
