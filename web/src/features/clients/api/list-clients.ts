import type { ClientList } from '@guichet/contract/clients';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys, type ClientListParams } from './query-keys';

/** `GET /api/clients` — search, sort, keyset page. */
export function listClients(query: ClientListParams, signal?: AbortSignal): Promise<ClientList> {
  return apiRequest<ClientList>('/api/clients', {
    query: { ...query },
    signal,
  });
}

export function useClients(query: ClientListParams) {
  return useQuery({
    queryKey: clientKeys.list(query),
    queryFn: ({ signal }) => listClients(query, signal),
    // Keep the current page on screen while the next one (or a new search) loads.
    placeholderData: keepPreviousData,
  });
}
