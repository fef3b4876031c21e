import type { Contact, PortalAccessBody } from '@guichet/contract/clients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `PUT /api/clients/{id}/contacts/{contactId}/portal-access` (admin): give, reset or revoke a portal login. */
export function setPortalAccess(clientId: string, contactId: string, body: PortalAccessBody): Promise<Contact> {
  return apiRequest<Contact>(
    `/api/clients/${encodeURIComponent(clientId)}/contacts/${encodeURIComponent(contactId)}/portal-access`,
    { method: 'PUT', body },
  );
}

export function useSetPortalAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: string; body: PortalAccessBody }) =>
      setPortalAccess(clientId, contactId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.contacts(clientId) }),
  });
}
