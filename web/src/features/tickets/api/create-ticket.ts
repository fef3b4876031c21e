import type { CreateTicketBody, Ticket } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `POST /api/tickets` → 201 Ticket (attachments uploaded first, sent by id). */
export function createTicket(body: CreateTicketBody): Promise<Ticket> {
  return apiRequest<Ticket>('/api/tickets', { method: 'POST', body });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
