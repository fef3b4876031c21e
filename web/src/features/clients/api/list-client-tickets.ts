import type { TicketList } from '@guichet/contract/tickets';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

export const CLIENT_TICKETS_LIMIT = 10;

/**
 * `GET /api/tickets?clientId=…&limit=10` — the client's latest tickets for the fiche client.
 * The key starts with `['tickets', 'list']` like the tickets feature's lists, so creating or
 * changing a ticket there refreshes this card too.
 */
export function listClientTickets(clientId: string, signal?: AbortSignal): Promise<TicketList> {
  return apiRequest<TicketList>('/api/tickets', {
    query: { clientId, limit: CLIENT_TICKETS_LIMIT, sort: '-createdAt' },
    signal,
  });
}

export function useClientTickets(clientId: string) {
  return useQuery({
    queryKey: ['tickets', 'list', 'client-latest', clientId] as const,
    queryFn: ({ signal }) => listClientTickets(clientId, signal),
  });
}
