import type { Notification, NotificationKind, NotificationList } from '@guichet/contract/notifications';
import { and, count, desc, eq, isNull, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { budgetAlerts, budgets, clients, notifications, tickets, users } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';

/**
 * Store one notification per recipient (the actor never notifies themself). Stored rows are the
 * source for the header bell now and the e-mail channel later (`mailed_at`).
 */
export async function notify(
  db: Executor,
  event: {
    kind: NotificationKind;
    ticketId: string | null;
    actorId: string | null;
    budgetAlertId?: string;
    recipients: (string | null | undefined)[];
  },
): Promise<void> {
  const recipients = [...new Set(event.recipients.filter((r): r is string => !!r && r !== event.actorId))];
  if (recipients.length === 0) return;
  await db
    .insert(notifications)
    .values(recipients.map((userId) => ({ userId, kind: event.kind, ticketId: event.ticketId, actorId: event.actorId, budgetAlertId: event.budgetAlertId ?? null })));
}

/**
 * `notify` for recipients a query gives (user ids in a column `id`), read by the insert itself:
 * one round trip instead of two.
 */
export async function notifyAll(
  db: Executor,
  event: { kind: NotificationKind; ticketId: string | null; actorId: string | null },
  recipients: SQLWrapper,
): Promise<void> {
  await db.execute(sql`
    insert into ${notifications} (user_id, kind, ticket_id, actor_id)
    select distinct r.id, ${event.kind}::text, ${event.ticketId}::uuid, ${event.actorId}::uuid from ${recipients} r
    where r.id is distinct from ${event.actorId}::uuid`);
}

const activeAdmins = (db: Executor) => db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));

/** Active admins, for events that need one of them (a new ticket nobody could take). */
export async function adminIds(db: Executor): Promise<string[]> {
  return (await activeAdmins(db)).map((r) => r.id);
}

/** Tell every active admin (but the actor), in one statement. */
export const notifyAdmins = (db: Executor, event: { kind: NotificationKind; ticketId: string | null; actorId: string | null }) =>
  notifyAll(db, event, activeAdmins(db));

const actors = alias(users, 'actors');

export async function listNotifications(
  db: Executor,
  actor: Actor,
  query: { unread?: 'true' | 'false'; limit: number },
): Promise<NotificationList> {
  if (!actor.userId || actor.via !== 'session') throw notFound();
  // Budget alerts are money: an admin who became an agent no longer sees the ones they received.
  const mine = and(eq(notifications.userId, actor.userId), actor.role === 'admin' ? undefined : isNull(notifications.budgetAlertId));
  const rows = await db
    .select({
      n: notifications,
      ticket: { id: tickets.id, number: tickets.number, subject: tickets.subject },
      actorName: actors.name,
      alert: { kind: budgetAlerts.kind, thresholdPercent: budgetAlerts.thresholdPercent },
      budget: { id: budgets.id, periodKind: budgets.periodKind, periodStart: budgets.periodStart },
      client: { id: clients.id, name: clients.name },
    })
    .from(notifications)
    .leftJoin(tickets, eq(tickets.id, notifications.ticketId))
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .leftJoin(budgetAlerts, eq(budgetAlerts.id, notifications.budgetAlertId))
    .leftJoin(budgets, eq(budgets.id, budgetAlerts.budgetId))
    .leftJoin(clients, eq(clients.id, budgets.clientId))
    .where(query.unread === 'true' ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit);
  const [unread] = await db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt)));
  return {
    items: rows.map(
      (r): Notification => ({
        id: r.n.id,
        kind: r.n.kind as NotificationKind,
        ticket: r.ticket?.id ? { id: r.ticket.id, number: r.ticket.number, subject: r.ticket.subject } : null,
        actor: r.n.actorId && r.actorName ? { id: r.n.actorId, name: r.actorName } : null,
        budget:
          r.budget?.id && r.client?.id && r.alert
            ? {
                id: r.budget.id,
                client: { id: r.client.id, name: r.client.name },
                periodKind: r.budget.periodKind,
                periodStart: r.budget.periodStart,
                thresholdPercent: r.alert.kind === 'threshold' ? r.alert.thresholdPercent : null,
              }
            : null,
        createdAt: r.n.createdAt.toISOString(),
        readAt: r.n.readAt?.toISOString() ?? null,
      }),
    ),
    unreadCount: unread?.n ?? 0,
  };
}

export async function markRead(db: Executor, actor: Actor, id: string | 'all'): Promise<void> {
  if (!actor.userId || actor.via !== 'session') throw notFound();
  const mine = and(eq(notifications.userId, actor.userId), isNull(notifications.readAt));
  if (id === 'all') {
    await db.update(notifications).set({ readAt: sql`now()` }).where(mine);
    return;
  }
  const [own] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
  if (!own) throw notFound('notification');
  await db.update(notifications).set({ readAt: sql`now()` }).where(and(eq(notifications.id, id), mine));
}

