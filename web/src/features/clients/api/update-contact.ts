import type { Contact, UpdateContactBody } from '@guichet/contract/clients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `PATCH /api/clients/{id}/contacts/{contactId}` (admin) → Contact; 409 `email_taken`. */
export function updateContact(clientId: string, contactId: string, body: UpdateContactBody): Promise<Contact> {
  return apiRequest<Contact>(
    `/api/clients/${encodeURIComponent(clientId)}/contacts/${encodeURIComponent(contactId)}`,
    { method: 'PATCH', body },
  );
}

export function useUpdateContact(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: string; body: UpdateContactBody }) =>
      updateContact(clientId, contactId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.contacts(clientId) }),
  });
}
