import type { OutboxMailDetail } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys } from './query-keys';

/** `GET /api/mail/outbox/{id}` (admin): the mail as sent — headers, text, and the HTML to show in a sandbox. */
export function getOutboxMail(id: string, signal?: AbortSignal): Promise<OutboxMailDetail> {
  return apiRequest<OutboxMailDetail>(`/api/mail/outbox/${encodeURIComponent(id)}`, { signal });
}

export function useOutboxMail(id: string) {
  return useQuery({ queryKey: mailKeys.outboxDetail(id), queryFn: ({ signal }) => getOutboxMail(id, signal) });
}
