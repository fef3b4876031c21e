import type { Contact } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

/** The one cache entry of a client's contacts: the fiche client and the new ticket form share it. */
export const clientContactsQueryKey = (clientId: string) => ['clients', 'contacts', clientId] as const;

/** `GET /api/clients/{id}/contacts` (staff). */
export async function listClientContacts(clientId: string, signal?: AbortSignal): Promise<Contact[]> {
  const { items } = await apiRequest<{ items?: Contact[] }>(`/api/clients/${encodeURIComponent(clientId)}/contacts`, {
    signal,
  });
  return items ?? [];
}

/** The client's contacts, or nothing asked while there is no client. */
export function useClientContacts(clientId: string | undefined) {
  return useQuery({
    queryKey: clientContactsQueryKey(clientId ?? ''),
    queryFn: ({ signal }) => listClientContacts(clientId ?? '', signal),
    enabled: Boolean(clientId),
  });
}
