import type { TicketList } from '@guichet/contract/tickets';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys, type TicketListParams } from './query-keys';

/** `GET /api/tickets` — filters, sort, keyset page, and the per-status counts. */
export function listTickets(query: TicketListParams, signal?: AbortSignal): Promise<TicketList> {
  return apiRequest<TicketList>('/api/tickets', { query: { ...query }, signal });
}

export function useTickets(query: TicketListParams) {
  return useQuery({
    queryKey: ticketKeys.list(query),
    queryFn: ({ signal }) => listTickets(query, signal),
    // Keep the current page on screen while the next one (or a new filter) loads.
    placeholderData: keepPreviousData,
  });
}
