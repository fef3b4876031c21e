import type { Notification, NotificationKind, NotificationList } from '@guichet/contract/notifications';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { budgetAlerts, budgets, clients, notifications, tickets, users } from '../../db/schema.ts';
import { audiencePeople, queueMails, type Person } from '../mail/outbox.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';

/**
 * An event that rings someone's bell and mails them (DOMAIN.md « Mail »): one bell row per
 * recipient with a login, one mail per recipient whose preferences allow it — both in the caller's
 * transaction (the mail outbox), never to the person who acted.
 */
export interface Announcement {
  kind: NotificationKind;
  ticketId: string | null;
  /** The user who acted (null: the system, a mail, or a contact without a login). */
  actorId: string | null;
  /** The contact who acted, when a client's contact did (by the portal or by mail). */
  actorContactId?: string | null;
  actorName?: string | null;
  /** The ticket as the caller has it (saves reading it again). */
  ticket?: { id: string; number: number; subject: string; status: string };
  /** The public message announced: its text goes in the mail. */
  message?: { id: string; body: string };
  budgetAlertId?: string;
  /** The Message-ID of the client's own mail this answers (a ticket opened by mail). */
  inReplyTo?: string;
}

/** Who hears of an event: staff users by id, every active admin, or the client's people on a ticket. */
export type Audience = { users: (string | null | undefined)[] } | { admins: true } | { ticketClient: string };

/** Tell the audiences of an event, in the caller's transaction. */
export async function announce(db: Executor, event: Announcement, ...audiences: Audience[]): Promise<void> {
  const people = new Map<string, Person>();
  for (const audience of audiences) {
    for (const p of await audiencePeople(db, audience)) people.set(p.contactId ?? p.userId!, p);
  }
  const recipients = [...people.values()].filter(
    (p) => !(event.actorId && p.userId === event.actorId) && !(event.actorContactId && p.contactId === event.actorContactId),
  );
  if (recipients.length === 0) return;
  const bell = recipients.filter((p) => p.userId && p.canSignIn);
  if (bell.length > 0) {
    await db.insert(notifications).values(
      bell.map((p) => ({ userId: p.userId!, kind: event.kind, ticketId: event.ticketId, actorId: event.actorId, budgetAlertId: event.budgetAlertId ?? null })),
    );
  }
  await queueMails(db, event, recipients);
}

/** `announce` to staff users by id (the actor left out). */
export const notify = (db: Executor, event: Announcement & { recipients: (string | null | undefined)[] }) =>
  announce(db, event, { users: event.recipients });

/** `announce` to every active admin (but the actor). */
export const notifyAdmins = (db: Executor, event: Announcement) => announce(db, event, { admins: true });

/** `announce` to the client's people on a ticket: its requester, the contacts in copy, and the contacts who wrote in it. */
export const notifyClient = (db: Executor, event: Announcement & { ticketId: string }) => announce(db, event, { ticketClient: event.ticketId });

const activeAdmins = (db: Executor) => db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));

/** Active admins, for events that need one of them (a new ticket nobody could take). */
export async function adminIds(db: Executor): Promise<string[]> {
  return (await activeAdmins(db)).map((r) => r.id);
}

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

