import type { Agent, UpdateAgentBody } from '@guichet/contract/agents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { storeAgent } from './query-keys';

/** `PATCH /api/agents/{id}`: an admin changes anything; an agent only `available`, on themselves. */
export function updateAgent(id: string, body: UpdateAgentBody): Promise<Agent> {
  return apiRequest<Agent>(`/api/agents/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAgentBody }) => updateAgent(id, body),
    onSuccess: (agent) => storeAgent(queryClient, agent),
  });
}
