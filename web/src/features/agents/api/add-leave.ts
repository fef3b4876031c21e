import type { Agent } from '@guichet/contract/agents';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { storeAgent } from './query-keys';

export interface AddLeaveInput {
  /** `YYYY-MM-DD`, both days included. */
  startsOn: string;
  endsOn: string;
  note?: string | null;
}

/** `POST /api/agents/{id}/leaves` (admin) → 201 Agent (with its leaves). */
export function addLeave(agentId: string, body: AddLeaveInput): Promise<Agent> {
  return apiRequest<Agent>(`/api/agents/${encodeURIComponent(agentId)}/leaves`, { method: 'POST', body });
}

export function useAddLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentId, body }: { agentId: string; body: AddLeaveInput }) => addLeave(agentId, body),
    onSuccess: (agent) => storeAgent(queryClient, agent),
  });
}
