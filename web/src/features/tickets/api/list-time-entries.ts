import type { TimeEntryList } from '@guichet/contract/time';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/tickets/{id}/time-entries` (staff) — entries, total minutes, and the total cost for admins. */
export function listTimeEntries(id: string, signal?: AbortSignal): Promise<TimeEntryList> {
  return apiRequest<TimeEntryList>(`/api/tickets/${encodeURIComponent(id)}/time-entries`, { signal });
}

export function useTimeEntries(id: string) {
  return useQuery({ queryKey: ticketKeys.timeEntries(id), queryFn: ({ signal }) => listTimeEntries(id, signal) });
}
