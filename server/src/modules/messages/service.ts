import type { Role } from '@guichet/contract/common';
import type { Attachment, CreateMessageBody, Message } from '@guichet/contract/tickets';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { prepared, type Db, type Executor } from '../../db/client.ts';
import { attachments, contacts, messages, tickets, users } from '../../db/schema.ts';
import { isStaff, type Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { attachmentsJson, claimAttachments, presentAttachment, presentAttachmentsJson } from '../attachments/service.ts';
import { notify, notifyAdmins, notifyClient } from '../notifications/service.ts';
import { canSeeTicket, loadVisibleTicket, type TicketRow } from '../tickets/policy.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { statusChange } from '../tickets/service.ts';
import { awaitingClientSince } from '../tickets/status.ts';
import { addTimeEntryInTx } from '../time/service.ts';
import { checkBudgetAlertsAfterWrite } from '../budgets/service.ts';
import { companyDay } from '../settings/service.ts';

const authorContacts = alias(contacts, 'author_contacts');

/** A message with its author: a user (staff, portal login) or a client's contact who wrote by mail. */
const messageColumns = {
  message: messages,
  authorName: sql<string | null>`coalesce(${users.name}, ${authorContacts.name})`,
  authorRole: sql<Role | null>`coalesce(${users.role}, case when ${authorContacts.id} is not null then 'contact' end)`,
  attachments: attachmentsJson(eq(attachments.messageId, messages.id)),
};

type MessageRow = { message: typeof messages.$inferSelect; authorName: string | null; authorRole: Role | null; attachments: Attachment[] };

function present({ message: m, authorName, authorRole, attachments: files }: MessageRow): Message {
  const authorId = m.authorId ?? m.authorContactId;
  return {
    id: m.id,
    ticketId: m.ticketId,
    kind: m.kind,
    body: m.body,
    author: authorId && authorName && authorRole ? { id: authorId, name: authorName, role: authorRole } : null,
    createdAt: m.createdAt.toISOString(),
    attachments: files,
    inboundMailId: m.inboundMailId,
  };
}

/**
 * A ticket's discussion in one statement, for staff (internal notes included) or for a client's
 * contact, oldest or newest first. The ticket drives it, so the access check holds for a
 * discussion without messages.
 */
const discussionQuery = (db: Executor, staff: boolean, order: 'asc' | 'desc') => {
  const dir = order === 'asc' ? asc : desc;
  return db
    .select({ clientId: tickets.clientId, ...messageColumns })
    .from(tickets)
    .leftJoin(messages, and(eq(messages.ticketId, tickets.id), staff ? undefined : inArray(messages.kind, ['public', 'system'])))
    .leftJoin(users, eq(users.id, messages.authorId))
    .leftJoin(authorContacts, eq(authorContacts.id, messages.authorContactId))
    .where(eq(tickets.id, sql.placeholder('ticketId')))
    .orderBy(dir(messages.createdAt), dir(messages.id));
};

/** The discussion; internal notes only for staff, through every route. */
export async function listMessages(db: Executor, actor: Actor, ticketId: string, order: 'asc' | 'desc'): Promise<{ items: Message[] }> {
  const staff = isStaff(actor);
  const name = `discussion_${staff ? 'staff' : 'contact'}_${order}`;
  const rows = await prepared(db, name, () => discussionQuery(db, staff, order)).execute({ ticketId });
  if (!rows[0] || !canSeeTicket(actor, rows[0])) throw notFound('ticket');
  return {
    items: rows.flatMap((r) => (r.message ? [present({ ...r, message: r.message, attachments: presentAttachmentsJson(r.attachments) })] : [])),
  };
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
  const saved = await db.transaction(async (tx) => writeMessage(tx, actor, await loadVisibleTicket(tx, actor, ticketId, true), body, now));
  if (saved.timeLogged) await checkBudgetAlertsAfterWrite(db, saved.timeLogged, now);
  // what the transaction wrote, with the caller as author: nothing to read back
  const files = saved.files.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(presentAttachment);
  return present({ message: saved.message, authorName: actor.name, authorRole: actor.role, attachments: files });
}

/**
 * Write a message on a ticket the caller may see and holds locked (`loadVisibleTicket(…, true)`),
 * in the caller's transaction: the portal, the app, and a mail from a contact all come here.
 * `inboundMailId`: the mail it came from (its attachments are already claimed by the caller).
 */
export async function writeMessage(
  tx: Executor,
  actor: Actor,
  t: TicketRow,
  body: z.output<typeof CreateMessageBody>,
  now: Date,
  inboundMailId: string | null = null,
) {
  const staff = isStaff(actor);
  if (body.internal && !staff) throw notFound();
  if (!body.internal && t.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed; open a new ticket to continue.');
  const ticketId = t.id;
  const [message] = await tx
    .insert(messages)
    .values({
      ticketId,
      clientId: t.clientId,
      kind: body.internal ? 'internal' : 'public',
      authorId: actor.userId,
      authorContactId: staff ? null : (actor.contactId ?? null),
      inboundMailId,
      body: body.body,
      createdAt: now,
    })
    .returning();
  const files = await claimAttachments(tx, actor, body.attachmentIds, { ticketId, messageId: message!.id });
  let timeLogged: { clientId: string; days: string[] } | null = null;
  if (body.timeSpentMinutes) {
    if (!staff) throw notFound();
    // worked today, in the company's time zone
    const { today: workDate } = await companyDay(tx, now);
    await addTimeEntryInTx(tx, actor, t, { workDate, minutes: body.timeSpentMinutes, note: null }, now);
    timeLogged = { clientId: t.clientId, days: [workDate] };
  }
  const written = { message: message!, files, timeLogged };
  if (body.internal) {
    await ticketRepo.update(tx, ticketId, { lastActivityAt: now });
    return written;
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
  const event = {
    ticketId,
    actorId: actor.userId,
    actorContactId: actor.contactId ?? null,
    actorName: actor.name,
    ticket: { ...t, status: patch.status ?? t.status },
    message: { id: message!.id, body: body.body },
  };
  if (staff) {
    await notifyClient(tx, { ...event, kind: 'agent_replied' });
  } else if (t.assigneeId) {
    await notify(tx, { ...event, kind: 'client_replied', recipients: [t.assigneeId] });
  } else {
    await notifyAdmins(tx, { ...event, kind: 'client_replied' });
  }
  return written;
}
