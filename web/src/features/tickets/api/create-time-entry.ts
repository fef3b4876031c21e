import type { CreateTimeEntryBody, TimeEntry } from '@guichet/contract/time';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `POST /api/tickets/{id}/time-entries` → 201 TimeEntry. */
export function createTimeEntry(ticketId: string, body: CreateTimeEntryBody): Promise<TimeEntry> {
  return apiRequest<TimeEntry>(`/api/tickets/${encodeURIComponent(ticketId)}/time-entries`, { method: 'POST', body });
}

export function useCreateTimeEntry(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTimeEntryBody) => createTimeEntry(ticketId, body),
    // The ticket's total, its entries and its history all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(ticketId) }),
  });
}
