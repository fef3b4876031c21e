import type { InboundMailDetail } from '@guichet/contract/mail';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api';

/** The one cache entry of a mail received: the ticket page and Administration → Courriels share it. */
export const inboundMailQueryKey = (id: string) => ['mail', 'inbound', 'detail', id] as const;

/** `GET /api/mail/inbound/{id}` (staff): a mail as received, with its whole text. */
export function getInboundMail(id: string, signal?: AbortSignal): Promise<InboundMailDetail> {
  return apiRequest<InboundMailDetail>(`/api/mail/inbound/${encodeURIComponent(id)}`, { signal });
}

/** Asked only once shown (`enabled`): a discussion can hold many mails nobody opens. */
export function useInboundMail(id: string, enabled: boolean) {
  return useQuery({ queryKey: inboundMailQueryKey(id), queryFn: ({ signal }) => getInboundMail(id, signal), enabled });
}

/** `GET /api/mail/inbound/{id}/raw`: the message as received (.eml), downloaded by the browser with the session. */
export const inboundRawUrl = (id: string) => `/api/mail/inbound/${encodeURIComponent(id)}/raw`;
