import type { RateBody, Rating } from '@guichet/contract/tickets';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { ticketKeys } from './query-keys';

/** `PUT /api/tickets/{id}/rating` (a contact, once resolved; changeable) → Rating. 409 `not_rateable`. */
export function rateTicket(id: string, body: RateBody): Promise<Rating> {
  return apiRequest<Rating>(`/api/tickets/${encodeURIComponent(id)}/rating`, { method: 'PUT', body });
}

export function useRateTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RateBody) => rateTicket(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.ticket(id) }),
  });
}
