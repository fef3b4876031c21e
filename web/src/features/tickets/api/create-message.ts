import type { CreateMessageBody, Message } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `POST /api/tickets/{id}/messages` → 201 Message. May move the ticket (first reply, reopen). */
export function createMessage(id: string, body: CreateMessageBody): Promise<Message> {
  return apiRequest<Message>(`/api/tickets/${encodeURIComponent(id)}/messages`, { method: 'POST', body });
}

export function useCreateMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMessageBody) => createMessage(id, body),
    // The ticket itself may have changed status: refresh it with its discussion and history.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(id) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]),
  });
}
