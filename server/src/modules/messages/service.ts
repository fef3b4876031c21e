import type { CreateMessageBody, Message } from '@guichet/contract/tickets';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { messages, users } from '../../db/schema.ts';
import { isStaff, type Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { attachmentsOfMessages, claimAttachments } from '../attachments/service.ts';
import { adminIds, notify } from '../notifications/service.ts';
import { loadVisibleTicket, type TicketRow } from '../tickets/policy.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { statusChange } from '../tickets/service.ts';
import { awaitingClientSince } from '../tickets/status.ts';
import { addTimeEntryInTx } from '../time/service.ts';
import { checkBudgetAlertsAfterWrite } from '../budgets/service.ts';
import { companyDay } from '../settings/service.ts';

type Row = { message: typeof messages.$inferSelect; authorName: string | null; authorRole: 'admin' | 'agent' | 'contact' | null };

async function present(db: Executor, rows: Row[]): Promise<Message[]> {
  const files = await attachmentsOfMessages(db, rows.map((r) => r.message.id));
  return rows.map(({ message: m, authorName, authorRole }) => ({
    id: m.id,
    ticketId: m.ticketId,
    kind: m.kind,
    body: m.body,
    author: m.authorId && authorName && authorRole ? { id: m.authorId, name: authorName, role: authorRole } : null,
    createdAt: m.createdAt.toISOString(),
    attachments: files.get(m.id) ?? [],
  }));
}

const selectRows = (db: Executor) =>
  db
    .select({ message: messages, authorName: users.name, authorRole: users.role })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorId));

/** The discussion; internal notes only for staff, through every route. */
export async function listMessages(db: Executor, actor: Actor, ticketId: string, order: 'asc' | 'desc'): Promise<{ items: Message[] }> {
  await loadVisibleTicket(db, actor, ticketId);
  const visible = isStaff(actor) ? undefined : inArray(messages.kind, ['public', 'system']);
  const dir = order === 'asc' ? asc : desc;
  const rows = await selectRows(db)
    .where(and(eq(messages.ticketId, ticketId), visible))
    .orderBy(dir(messages.createdAt), dir(messages.id));
  return { items: await present(db, rows) };
}

/**
 * A reply or an internal note. A staff member's first public reply on an open ticket starts it
 * (→ in_progress, `firstResponseAt`); a client's reply on a resolved ticket reopens it.
 */
export async function postMessage(
  db: Db,
  actor: Actor,
  ticketId: string,
  body: z.output<typeof CreateMessageBody>,
  now = new Date(),
): Promise<Message> {
  const staff = isStaff(actor);
  let timeLogged: { clientId: string; days: string[] } | null = null;
  const id = await db.transaction(async (tx) => {
    const t = await loadVisibleTicket(tx, actor, ticketId, true);
    if (body.internal && !staff) throw notFound();
    if (!body.internal && t.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed; open a new ticket to continue.');
    const [message] = await tx
      .insert(messages)
      .values({ ticketId, kind: body.internal ? 'internal' : 'public', authorId: actor.userId, body: body.body, createdAt: now })
      .returning({ id: messages.id });
    await claimAttachments(tx, actor, body.attachmentIds, { ticketId, messageId: message!.id });
    if (body.timeSpentMinutes) {
      if (!staff) throw notFound();
      // worked today, in the company's time zone
      const { today: workDate } = await companyDay(tx, now);
      await addTimeEntryInTx(tx, actor, t, { workDate, minutes: body.timeSpentMinutes, note: null }, now);
      timeLogged = { clientId: t.clientId, days: [workDate] };
    }
    if (body.internal) {
      await ticketRepo.update(tx, ticketId, { lastActivityAt: now });
      return message!.id;
    }
    const after: TicketRow = { ...t, lastPublicMessageAt: now, lastPublicByStaff: staff };
    let patch: Partial<TicketRow> = { lastPublicMessageAt: now, lastPublicByStaff: staff, lastActivityAt: now };
    const move = staff && t.status === 'open' ? 'in_progress' : !staff && t.status === 'resolved' ? 'in_progress' : null;
    if (move) {
      patch = { ...patch, ...statusChange(after, move, now), version: t.version + 1 };
      await ticketRepo.insertEvent(tx, { ticketId, kind: 'status', fromValue: t.status, toValue: move, actorId: actor.userId, at: now });
    } else {
      patch.awaitingClientSince = awaitingClientSince(after);
    }
    if (staff && !t.firstResponseAt) patch.firstResponseAt = now;
    await ticketRepo.update(tx, ticketId, patch);
    if (staff) {
      await notify(tx, { kind: 'agent_replied', ticketId, actorId: actor.userId, recipients: await ticketRepo.clientParticipants(tx, t) });
    } else {
      await notify(tx, { kind: 'client_replied', ticketId, actorId: actor.userId, recipients: t.assigneeId ? [t.assigneeId] : await adminIds(tx) });
    }
    return message!.id;
  });
  if (timeLogged) await checkBudgetAlertsAfterWrite(db, timeLogged, now);
  const rows = await selectRows(db).where(eq(messages.id, id));
  return (await present(db, rows))[0]!;
}
