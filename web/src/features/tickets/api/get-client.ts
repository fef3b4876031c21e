import type { Client } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/clients/{id}` — the client's name, for the filter and the new ticket form. */
export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal });
}

export function useTicketClient(id: string | undefined) {
  return useQuery({
    queryKey: ticketKeys.client(id ?? ''),
    queryFn: ({ signal }) => getClient(id ?? '', signal),
    enabled: Boolean(id),
  });
}
