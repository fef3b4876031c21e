import type { Client } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `GET /api/clients/by-ref/{externalRef}` — the client behind a CRM's « Support » link. */
export function getClientByRef(externalRef: string, signal?: AbortSignal): Promise<Client> {
  return apiRequest<Client>(`/api/clients/by-ref/${encodeURIComponent(externalRef)}`, { signal });
}

export function useClientByRef(externalRef: string) {
  return useQuery({
    queryKey: clientKeys.byRef(externalRef),
    queryFn: ({ signal }) => getClientByRef(externalRef, signal),
    staleTime: 0,
  });
}
