import type { TimeEntry, UpdateTimeEntryBody } from '@guichet/contract/time';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `PATCH /api/time-entries/{id}` → TimeEntry (own entries for agents; admins all). */
export function updateTimeEntry(entryId: string, body: UpdateTimeEntryBody): Promise<TimeEntry> {
  return apiRequest<TimeEntry>(`/api/time-entries/${encodeURIComponent(entryId)}`, { method: 'PATCH', body });
}

export function useUpdateTimeEntry(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: UpdateTimeEntryBody }) => updateTimeEntry(entryId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) }),
  });
}
