import type { InboundList, InboundListQuery, InboundMail, InboundMailDetail, QuarantineActionBody } from '@guichet/contract/mail';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../../config.ts';
import type { Db, Executor } from '../../../db/client.ts';
import { clients, contacts, inboundMails, tickets } from '../../../db/schema.ts';
import { requireAdmin, requireAdminSession, requireStaff, type Actor } from '../../../http/actor.ts';
import { badRequest, conflict, notFound } from '../../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../lib/cursor.ts';
import type { FileStore } from '../../attachments/files.ts';
import { writeMessage } from '../../messages/service.ts';
import { attachFiles, checkFiles, decide, mailChecks, removeFiles } from './process.ts';
import { parseMail } from './parse.ts';

type Row = typeof inboundMails.$inferSelect;

const present = (r: Row, ticketNumber: number | null): InboundMail => ({
  id: r.id,
  messageId: r.messageId,
  fromEmail: r.fromEmail,
  fromName: r.fromName,
  subject: r.subject,
  status: r.status,
  reason: r.reason,
  detail: r.detail,
  ticket: r.ticketId && ticketNumber !== null ? { id: r.ticketId, number: ticketNumber } : null,
  sizeBytes: r.sizeBytes,
  attachmentCount: r.attachmentCount,
  receivedAt: r.receivedAt.toISOString(),
  handledAt: r.handledAt?.toISOString() ?? null,
});

const presentDetail = (r: Row, ticketNumber: number | null): InboundMailDetail => ({ ...present(r, ticketNumber), text: r.text, hasRaw: !!r.rawKey });

export async function listInbound(db: Executor, actor: Actor, query: z.output<typeof InboundListQuery>): Promise<InboundList> {
  requireAdmin(actor);
  const where: (SQL | undefined)[] = [query.status ? eq(inboundMails.status, query.status) : undefined];
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    where.push(sql`(${inboundMails.receivedAt}, ${inboundMails.id}) < (${after.sortKey}::timestamptz, ${after.id}::uuid)`);
  }
  const found = await db
    .select({ mail: inboundMails, number: tickets.number, sortKey: sql<string>`${inboundMails.receivedAt}::text` })
    .from(inboundMails)
    .leftJoin(tickets, eq(tickets.id, inboundMails.ticketId))
    .where(and(...where))
    .orderBy(desc(inboundMails.receivedAt), desc(inboundMails.id))
    .limit(query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map((r) => present(r.mail, r.number)), nextCursor: found.length > query.limit && last ? encodeCursor(last.sortKey, last.mail.id) : null };
}

/**
 * A mail taken in: admins see every one; agents the ones that became a ticket or a message (the
 * original of what they read on a ticket). Contacts never: it may hold what the message left out.
 */
async function loadForCaller(db: Executor, actor: Actor, id: string) {
  requireStaff(actor);
  const [r] = await db.select({ mail: inboundMails, number: tickets.number }).from(inboundMails).leftJoin(tickets, eq(tickets.id, inboundMails.ticketId)).where(eq(inboundMails.id, id));
  if (!r || (actor.role !== 'admin' && !r.mail.ticketId)) throw notFound('mail');
  return r;
}

export async function getInbound(db: Executor, actor: Actor, id: string): Promise<InboundMailDetail> {
  const r = await loadForCaller(db, actor, id);
  return presentDetail(r.mail, r.number);
}

/** The raw message (.eml) to download. */
export async function inboundRaw(db: Executor, actor: Actor, id: string): Promise<{ rawKey: string; fileName: string }> {
  const { mail } = await loadForCaller(db, actor, id);
  if (!mail.rawKey || mail.status === 'deleted') throw notFound('mail');
  return { rawKey: mail.rawKey, fileName: `courriel-${mail.receivedAt.toISOString().slice(0, 10)}.eml` };
}

const alreadyHandled = () => conflict('already_handled', 'This mail was already taken in or deleted.');

/**
 * An admin's decision on a quarantined (or set aside) mail: make its sender a contact of a client
 * and take it in as theirs, attach it to a ticket, or delete it (its files go; the record stays,
 * so the same mail is never taken in again).
 */
export async function actOnInbound(db: Db, config: Config, store: FileStore, actor: Actor, id: string, body: QuarantineActionBody, now = new Date()): Promise<InboundMailDetail> {
  requireAdminSession(actor);
  const { mail } = await loadForCaller(db, actor, id);
  if (mail.status !== 'quarantined' && mail.status !== 'failed') throw alreadyHandled();
  if (body.action === 'delete') {
    const [deleted] = await db
      .update(inboundMails)
      .set({ status: 'deleted', rawKey: null, text: null, handledAt: now, handledBy: actor.userId })
      .where(and(eq(inboundMails.id, id), inArray(inboundMails.status, ['quarantined', 'failed'])))
      .returning({ id: inboundMails.id });
    if (!deleted) throw alreadyHandled();
    if (mail.rawKey) await store.remove(mail.rawKey);
    return getInbound(db, actor, id);
  }
  if (!mail.rawKey) throw conflict('no_original', 'The original of this mail is not kept: it cannot be taken in.');
  const checks = await mailChecks(db, config);
  const parsed = await parseMail(store.filePath(mail.rawKey), store, checks.maxFileBytes).catch(() => {
    throw conflict('unreadable', 'This mail cannot be read.');
  });
  const files = await checkFiles(store, parsed.files, checks.allowedFileTypes);
  try {
    const outcome = await db.transaction(async (tx) => {
      // two admins (or a double click) at once: the second finds it handled
      const [locked] = await tx.select({ status: inboundMails.status }).from(inboundMails).where(eq(inboundMails.id, id)).for('update');
      if (locked?.status !== 'quarantined' && locked?.status !== 'failed') throw alreadyHandled();
      if (body.action === 'accept_contact') {
        const from = parsed.from?.address;
        if (!from) throw badRequest('no_sender', 'This mail has no sender address.');
        const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, body.clientId));
        if (!client) throw badRequest('unknown_client', 'This client does not exist.');
        await tx
          .insert(contacts)
          .values({ clientId: client.id, name: body.name ?? (parsed.from?.name || from), email: from })
          .onConflictDoNothing();
        return decide(tx, checks, parsed, mail, files, now, { trusted: true });
      }
      const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, body.ticketId));
      if (!ticket) throw badRequest('unknown_ticket', 'This ticket does not exist.');
      const outcome = await decide(tx, checks, parsed, mail, files, now, { trusted: true, ticketId: ticket.id });
      if (outcome.status !== 'quarantined') return outcome;
      // a sender who is not a contact of that client: the mail goes on the ticket as the admin's internal note
      if (ticket.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed.');
      const note = `Courriel de ${parsed.from?.name ? `${parsed.from.name} <${parsed.from.address}>` : (parsed.from?.address ?? '?')} : ${parsed.subject ?? ''}\n\n${parsed.text}`;
      const written = await writeMessage(tx, actor, ticket, { body: note.slice(0, 20_000), internal: true, attachmentIds: [] }, now, mail.id);
      await attachFiles(tx, files, ticket.id, written.message.id, now);
      await tx.update(inboundMails).set({ status: 'reply', reason: null, ticketId: ticket.id, handledAt: now }).where(eq(inboundMails.id, mail.id));
      return { status: 'reply', ticketId: ticket.id, inboundId: mail.id } as const;
    });
    if (outcome.status !== 'ticket' && outcome.status !== 'reply') await removeFiles(store, files);
    await db.update(inboundMails).set({ handledBy: actor.userId }).where(eq(inboundMails.id, id));
  } catch (err) {
    await removeFiles(store, files);
    throw err;
  }
  return getInbound(db, actor, id);
}
