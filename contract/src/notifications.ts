import { z } from 'zod';
import { PeriodKind } from './budgets.ts';
import { Id, Timestamp } from './common.ts';

export const NotificationKind = z.enum([
  'client_replied',
  'agent_replied',
  'ticket_resolved',
  'ticket_closed',
  'ticket_assigned',
  'ticket_unassigned_waiting',
  'budget_threshold',
  'budget_projection',
  /** To the client's requester and people in copy: a ticket was opened for them (or from their mail). */
  'ticket_opened',
  /** To the assignee: someone else changed their ticket's status (the client closed it, an admin reopened it…). */
  'ticket_status_changed',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z
  .object({
    id: Id,
    kind: NotificationKind,
    ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }).nullable(),
    actor: z.object({ id: Id, name: z.string() }).nullable(),
    /** Budget alerts (admins only): which budget, and which threshold (null: the projection). */
    budget: z
      .object({
        id: Id,
        client: z.object({ id: Id, name: z.string() }),
        periodKind: PeriodKind,
        periodStart: z.iso.date(),
        thresholdPercent: z.number().int().nullable(),
      })
      .nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationList = z.object({ items: z.array(Notification), unreadCount: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
