import type { Agent } from '@guichet/contract/agents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentKeys } from './query-keys';

export interface CreateAgentInput {
  name: string;
  email: string;
  password: string;
  timezone: string;
}

/** `POST /api/agents` (admin) → 201 Agent; 409 `email_taken`. */
export function createAgent(body: CreateAgentInput): Promise<Agent> {
  return apiRequest<Agent>('/api/agents', { method: 'POST', body });
}

export function useCreateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentKeys.all }),
  });
}
