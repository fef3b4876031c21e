import type { Ticket } from '@guichet/contract/tickets';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/tickets/{id}` — the ticket, what the caller may do (`can`) and the status moves allowed. */
export function getTicket(id: string, signal?: AbortSignal): Promise<Ticket> {
  return apiRequest<Ticket>(`/api/tickets/${encodeURIComponent(id)}`, { signal });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ticketKeys.detail(id), queryFn: ({ signal }) => getTicket(id, signal) });
}

/**
 * The ticket as the server has it now: a fresh GET (whatever the cache holds), stored in the
 * cache. For a change that needs the latest `version`, e.g. resolving right after a reply.
 */
export function fetchFreshTicket(queryClient: QueryClient, id: string): Promise<Ticket> {
  return queryClient.fetchQuery({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) => getTicket(id, signal),
    staleTime: 0,
  });
}
