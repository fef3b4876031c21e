import type { TicketSort } from '@guichet/contract/tickets';

/** Query of `GET /api/tickets`, as the list builds it. */
export interface TicketListParams {
  clientId?: string;
  /** Comma separated, as the API takes them. */
  status?: string;
  priority?: string;
  /** An agent id, `me`, or `none` (the unassigned queue). */
  assigneeId?: string;
  from?: string;
  to?: string;
  /** Full-text search; `relevance` sorts only with it. */
  q?: string;
  sort: TicketSort;
  limit: number;
  cursor?: string;
}

/**
 * Every ticket query starts with `['tickets']`; the fiche client's « Tickets » card uses
 * `['tickets', 'list', …]` too, so creating or changing a ticket refreshes it.
 */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (query: TicketListParams) => [...ticketKeys.lists(), query] as const,
  /** Everything about one ticket: detail, discussion, history. */
  ticket: (id: string) => [...ticketKeys.all, 'ticket', id] as const,
  detail: (id: string) => [...ticketKeys.ticket(id), 'detail'] as const,
  messages: (id: string, order: 'asc' | 'desc') => [...ticketKeys.ticket(id), 'messages', order] as const,
  history: (id: string) => [...ticketKeys.ticket(id), 'history'] as const,
  timeEntries: (id: string) => [...ticketKeys.ticket(id), 'time-entries'] as const,
};
