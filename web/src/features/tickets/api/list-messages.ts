import type { Message } from '@guichet/contract/tickets';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/tickets/{id}/messages?order=` — the discussion (contacts never get internal notes). */
export function listMessages(id: string, order: 'asc' | 'desc', signal?: AbortSignal): Promise<{ items: Message[] }> {
  return apiRequest<{ items: Message[] }>(`/api/tickets/${encodeURIComponent(id)}/messages`, {
    query: { order },
    signal,
  });
}

export function useTicketMessages(id: string, order: 'asc' | 'desc') {
  return useQuery({
    queryKey: ticketKeys.messages(id, order),
    queryFn: ({ signal }) => listMessages(id, order, signal),
    placeholderData: keepPreviousData,
  });
}
