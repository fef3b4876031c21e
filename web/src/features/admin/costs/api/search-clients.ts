import type { ClientList } from '@guichet/contract/clients';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { costKeys } from './query-keys';

/** `GET /api/clients?q=` — the first clients matching what is typed in the client filter. */
export function searchClients(q: string, signal?: AbortSignal): Promise<ClientList> {
  return apiRequest<ClientList>('/api/clients', { query: { q: q || undefined, sort: 'name', limit: 20 }, signal });
}

export function useClientSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: costKeys.clientSearch(q),
    queryFn: ({ signal }) => searchClients(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
