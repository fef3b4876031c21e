import type { InboundStatus, OutboxStatus } from '@guichet/contract/mail';

export interface OutboxListParams {
  status?: OutboxStatus;
  limit: number;
  cursor?: string;
}

export interface InboundListParams {
  status?: InboundStatus;
  limit: number;
  cursor?: string;
}

/** Under `['mail', 'inbound']` too: the shared detail entry (`lib/get-inbound-mail`) refreshes with the lists. */
export const mailKeys = {
  all: ['mail'] as const,
  outbox: () => [...mailKeys.all, 'outbox'] as const,
  outboxList: (params: OutboxListParams) => [...mailKeys.outbox(), 'list', params] as const,
  outboxDetail: (id: string) => [...mailKeys.outbox(), 'detail', id] as const,
  inbound: () => [...mailKeys.all, 'inbound'] as const,
  inboundList: (params: InboundListParams) => [...mailKeys.inbound(), 'list', params] as const,
  settings: () => [...mailKeys.all, 'settings'] as const,
  ticketSearch: (q: string) => [...mailKeys.all, 'ticket-search', q] as const,
};
