import type { ClientList } from '@guichet/contract/clients';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

/** `GET /api/clients?q=` — the first clients, by name, matching what is typed in a client select. */
export function searchClients(q: string, signal?: AbortSignal): Promise<ClientList> {
  return apiRequest<ClientList>('/api/clients', { query: { q: q || undefined, sort: 'name', limit: 20 }, signal });
}

export function useClientSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'search', q] as const,
    queryFn: ({ signal }) => searchClients(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
