import { useClientContacts } from '../../../lib/list-client-contacts';

/** `GET /api/clients/{id}/contacts`: the fiche client's contacts (the cache entry the new ticket form shares). */
export function useContacts(clientId: string) {
  return useClientContacts(clientId);
}
