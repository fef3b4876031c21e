import type { Role } from '@guichet/contract/common';
import type { Attachment, CreateMessageBody, Message } from '@guichet/contract/tickets';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { prepared, type Db, type Executor } from '../../db/client.ts';
import { attachments, messages, tickets, users } from '../../db/schema.ts';
import { isStaff, type Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { attachmentsJson, claimAttachments, presentAttachment, presentAttachmentsJson } from '../attachments/service.ts';
import { notify, notifyAdmins, notifyAll } from '../notifications/service.ts';
import { canSeeTicket, loadVisibleTicket, type TicketRow } from '../tickets/policy.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { statusChange } from '../tickets/service.ts';
import { awaitingClientSince } from '../tickets/status.ts';
import { addTimeEntryInTx } from '../time/service.ts';
import { checkBudgetAlertsAfterWrite } from '../budgets/service.ts';
import { companyDay } from '../settings/service.ts';

const messageColumns = {
  message: messages,
  authorName: users.name,
  authorRole: users.role,
  attachments: attachmentsJson(eq(attachments.messageId, messages.id)),
};

type MessageRow = { message: typeof messages.$inferSelect; authorName: string | null; authorRole: Role | null; attachments: Attachment[] };

function present({ message: m, authorName, authorRole, attachments: files }: MessageRow): Message {
  return {
    id: m.id,
    ticketId: m.ticketId,
    kind: m.kind,
    body: m.body,
    author: m.authorId && authorName && authorRole ? { id: m.authorId, name: authorName, role: authorRole } : null,
    createdAt: m.createdAt.toISOString(),
    attachments: files,
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
  const staff = isStaff(actor);
  let timeLogged: { clientId: string; days: string[] } | null = null;
  const saved = await db.transaction(async (tx) => {
    const t = await loadVisibleTicket(tx, actor, ticketId, true);
    if (body.internal && !staff) throw notFound();
    if (!body.internal && t.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed; open a new ticket to continue.');
    const [message] = await tx
      .insert(messages)
      .values({ ticketId, clientId: t.clientId, kind: body.internal ? 'internal' : 'public', authorId: actor.userId, body: body.body, createdAt: now })
      .returning();
    const files = await claimAttachments(tx, actor, body.attachmentIds, { ticketId, messageId: message!.id });
    const written = { message: message!, files };
    if (body.timeSpentMinutes) {
      if (!staff) throw notFound();
      // worked today, in the company's time zone
      const { today: workDate } = await companyDay(tx, now);
      await addTimeEntryInTx(tx, actor, t, { workDate, minutes: body.timeSpentMinutes, note: null }, now);
      timeLogged = { clientId: t.clientId, days: [workDate] };
    }
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
    if (staff) {
      await notifyAll(tx, { kind: 'agent_replied', ticketId, actorId: actor.userId }, ticketRepo.clientParticipants(tx, t));
    } else if (t.assigneeId) {
      await notify(tx, { kind: 'client_replied', ticketId, actorId: actor.userId, recipients: [t.assigneeId] });
    } else {
      await notifyAdmins(tx, { kind: 'client_replied', ticketId, actorId: actor.userId });
    }
    return written;
  });
  if (timeLogged) await checkBudgetAlertsAfterWrite(db, timeLogged, now);
  // what the transaction wrote, with the caller as author: nothing to read back
  const files = saved.files.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(presentAttachment);
  return present({ message: saved.message, authorName: actor.name, authorRole: actor.role, attachments: files });
}
