import type { Contact } from '@guichet/contract/clients';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `GET /api/clients/{id}/contacts`. */
export async function listContacts(clientId: string, signal?: AbortSignal): Promise<Contact[]> {
  const { items } = await apiRequest<{ items: Contact[] }>(`/api/clients/${encodeURIComponent(clientId)}/contacts`, {
    signal,
  });
  return items;
}

export function useContacts(clientId: string) {
  return useQuery({ queryKey: clientKeys.contacts(clientId), queryFn: ({ signal }) => listContacts(clientId, signal) });
}
