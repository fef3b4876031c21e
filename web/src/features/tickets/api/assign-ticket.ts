import type { AssignBody, Ticket } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { agentListQueryKey } from '../../../lib/list-agents';
import { ticketKeys } from './query-keys';

/**
 * `POST /api/tickets/{id}/assign` — `{agentId}` (an admin's choice, or an agent taking the ticket
 * with their own id) or `{auto: true}`. 409 `no_agent_available`, `already_assigned`, `stale_version`.
 */
export function assignTicket(id: string, body: AssignBody): Promise<Ticket> {
  return apiRequest<Ticket>(`/api/tickets/${encodeURIComponent(id)}/assign`, { method: 'POST', body });
}

export function useAssignTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignBody) => assignTicket(id, body),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(id), ticket);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: agentListQueryKey }),
      ]);
    },
  });
}
