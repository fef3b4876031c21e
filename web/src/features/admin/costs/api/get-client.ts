import type { Client } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { costKeys } from './query-keys';

/** `GET /api/clients/{id}` — the name of the client a bookmarked link filters on. */
export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal });
}

export function useFilterClient(id: string | undefined) {
  return useQuery({
    queryKey: costKeys.client(id ?? ''),
    queryFn: ({ signal }) => getClient(id ?? '', signal),
    enabled: Boolean(id),
  });
}
