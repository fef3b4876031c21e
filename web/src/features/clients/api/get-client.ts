import type { Client } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `GET /api/clients/{id}`. */
export function getClient(id: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { signal });
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientKeys.detail(id), queryFn: ({ signal }) => getClient(id, signal) });
}
