import type { Client, UpdateClientBody } from '@guichet/contract/clients';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { clientKeys } from './query-keys';

/** `PATCH /api/clients/{id}` (admin) → Client; 409 `external_ref_taken`. */
export function updateClient(id: string, body: UpdateClientBody): Promise<Client> {
  return apiRequest<Client>(`/api/clients/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateClientBody) => updateClient(id, body),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      return queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
    },
  });
}
