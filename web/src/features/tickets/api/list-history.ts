import type { HistoryEvent } from '@guichet/contract/tickets';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `GET /api/tickets/{id}/history` (staff) — status, priority and assignee changes. */
export function listHistory(id: string, signal?: AbortSignal): Promise<{ items: HistoryEvent[] }> {
  return apiRequest<{ items: HistoryEvent[] }>(`/api/tickets/${encodeURIComponent(id)}/history`, { signal });
}

export function useTicketHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.history(id),
    queryFn: ({ signal }) => listHistory(id, signal),
    enabled,
  });
}
