import type { OutboxList } from '@guichet/contract/mail';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys, type OutboxListParams } from './query-keys';

/** `GET /api/mail/outbox` (admin): newest first, with counts per status and whether SMTP is set. */
export function listOutbox(params: OutboxListParams, signal?: AbortSignal): Promise<OutboxList> {
  return apiRequest<OutboxList>('/api/mail/outbox', { query: { ...params }, signal });
}

/** Polled while the page is open: queued mails leave as the sender works. */
export function useOutbox(params: OutboxListParams) {
  return useQuery({
    queryKey: mailKeys.outboxList(params),
    queryFn: ({ signal }) => listOutbox(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
