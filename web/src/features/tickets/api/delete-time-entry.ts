import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `DELETE /api/time-entries/{id}` → 204 (own entries for agents; admins all). */
export function deleteTimeEntry(entryId: string): Promise<void> {
  return apiRequest<void>(`/api/time-entries/${encodeURIComponent(entryId)}`, { method: 'DELETE' });
}

export function useDeleteTimeEntry(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => deleteTimeEntry(entryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) }),
  });
}
