import type { Contact, CreateContactBody } from '@guichet/contract/clients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `POST /api/clients/{id}/contacts` (admin) → 201 Contact; a `portalPassword` opens a portal login; 409 `email_taken`. */
export function createContact(clientId: string, body: CreateContactBody): Promise<Contact> {
  return apiRequest<Contact>(`/api/clients/${encodeURIComponent(clientId)}/contacts`, { method: 'POST', body });
}

export function useCreateContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContactBody) => createContact(clientId, body),
    // The client's contact count changes too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}
