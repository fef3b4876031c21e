import type { Priority, TicketSort, TicketStatus } from '@guichet/contract/tickets';

// The contract's enums as plain arrays: importing the zod schemas themselves would ship zod
// with every ticket page for three lists of words.

export const TICKET_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const satisfies readonly TicketStatus[];
export const PRIORITIES = ['low', 'normal', 'high'] as const satisfies readonly Priority[];
export const TICKET_SORTS = [
  '-createdAt',
  'createdAt',
  '-priority',
  'priority',
  '-lastActivityAt',
  'lastActivityAt',
] as const satisfies readonly TicketSort[];

export const isTicketStatus = (value: unknown): value is TicketStatus =>
  (TICKET_STATUSES as readonly unknown[]).includes(value);
export const isPriority = (value: unknown): value is Priority => (PRIORITIES as readonly unknown[]).includes(value);
export const isTicketSort = (value: unknown): value is TicketSort => (TICKET_SORTS as readonly unknown[]).includes(value);
