import type { InboundList } from '@guichet/contract/mail';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../../lib/api';
import { mailKeys, type InboundListParams } from './query-keys';

/** `GET /api/mail/inbound` (admin): mails received, newest first. */
export function listInbound(params: InboundListParams, signal?: AbortSignal): Promise<InboundList> {
  return apiRequest<InboundList>('/api/mail/inbound', { query: { ...params }, signal });
}

export function useInbound(params: InboundListParams) {
  return useQuery({
    queryKey: mailKeys.inboundList(params),
    queryFn: ({ signal }) => listInbound(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
