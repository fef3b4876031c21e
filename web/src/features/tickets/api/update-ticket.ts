import type { Ticket, UpdateTicketBody } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `PATCH /api/tickets/{id}` with the `version` read; 409 `stale_version` or `illegal_transition`. */
export function updateTicket(id: string, body: UpdateTicketBody): Promise<Ticket> {
  return apiRequest<Ticket>(`/api/tickets/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTicketBody) => updateTicket(id, body),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(id), ticket);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]);
    },
  });
}
