import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const NotificationKind = z.enum([
  'client_replied',
  'agent_replied',
  'ticket_resolved',
  'ticket_closed',
  'ticket_assigned',
  'ticket_unassigned_waiting',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z
  .object({
    id: Id,
    kind: NotificationKind,
    ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }).nullable(),
    actor: z.object({ id: Id, name: z.string() }).nullable(),
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
