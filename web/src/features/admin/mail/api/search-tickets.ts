import type { TicketList } from '@guichet/contract/tickets';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys } from './query-keys';

/** `GET /api/tickets?q=` — the tickets a quarantined mail may be attached to (the latest ones without `q`). */
export function searchTickets(q: string, signal?: AbortSignal): Promise<TicketList> {
  return apiRequest<TicketList>('/api/tickets', { query: { q: q || undefined, limit: 20 }, signal });
}

export function useTicketSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: mailKeys.ticketSearch(q),
    queryFn: ({ signal }) => searchTickets(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
