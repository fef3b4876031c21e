import type { Client } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

/** The one cache entry of a client: the fiche client, the client filters and the new ticket form share it. */
export const clientQueryKey = (id: string) => ['clients', 'detail', id] as const;

/** `GET /api/clients/{id}`. */
export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal });
}

/** The client, or nothing asked while there is no id (a filter with no client chosen). */
export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: clientQueryKey(id ?? ''),
    queryFn: ({ signal }) => getClient(id ?? '', signal),
    enabled: Boolean(id),
  });
}
