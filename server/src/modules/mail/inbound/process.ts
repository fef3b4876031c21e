import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import { rows, type Db, type Executor } from '../../../db/client.ts';
import { attachments, clients, contacts, inboundMails, mailOutbox, mailSettings, tickets } from '../../../db/schema.ts';
import type { Actor } from '../../../http/actor.ts';
import { detectFileContentType, nameForType, type FileStore } from '../../attachments/files.ts';
import { writeMessage } from '../../messages/service.ts';
import { currentSettings } from '../../settings/service.ts';
import { loadVisibleTicket, type TicketRow } from '../../tickets/policy.ts';
import { openTicket } from '../../tickets/service.ts';
import { addressTag, ticketOfReplyTag } from '../links.ts';
import { effectiveMailConfig, mailSettingsRow } from '../mail-config.ts';
import { automaticKind, failedAuthentication, ourReferences, subjectTicketNumber, visibleReply } from './classify.ts';
import { parseMail, type MailFile, type ParsedMail } from './parse.ts';

type InboundRow = typeof inboundMails.$inferSelect;
type ContactRow = typeof contacts.$inferSelect;

/** What became of a mail taken in. */
export type InboundOutcome =
  | { status: 'ticket' | 'reply'; ticketId: string; inboundId: string }
  | { status: 'quarantined' | 'failed'; reason: string; inboundId: string }
  | { status: 'duplicate' };

/** More mails than this from one sender within an hour is a loop (two robots answering each other). */
const LOOP_MAILS_PER_HOUR = 30;
const MAX_SUBJECT = 200;
const MAX_BODY = 20_000;

/** A client's contact writing by mail, as the one who acts (their portal login, if any, is who wrote). */
export const mailActor = (c: ContactRow): Actor => ({ via: 'mail', userId: c.userId, name: c.name, role: 'contact', clientId: c.clientId, contactId: c.id });

/**
 * Take in one raw message stored in the file store (from the mailbox poller, or sent again by an
 * admin): read it as a stream, then in one transaction record it once (its Message-ID is unique)
 * and make of it a ticket, an answer on a ticket, or a quarantined mail. A mail that cannot be
 * read is set aside with the reason; `uid` moves the mailbox's bookmark in the same transaction.
 */
export async function takeInMail(
  db: Db,
  config: Config,
  store: FileStore,
  raw: { rawKey: string; sizeBytes: number; uid?: number; uidValidity?: number },
  now = new Date(),
  given?: MailChecks,
): Promise<InboundOutcome> {
  const checks = given ?? (await mailChecks(db, config));
  let parsed: ParsedMail;
  try {
    parsed = await parseMail(store.filePath(raw.rawKey), store, checks.maxFileBytes);
  } catch (err) {
    return setAside(db, raw, { messageId: await rawMessageId(store, raw.rawKey), reason: 'unreadable', detail: (err as Error).message }, now);
  }
  const messageId = parsed.messageId ?? (await rawMessageId(store, raw.rawKey));
  const files = await checkFiles(store, parsed.files, checks.allowedFileTypes);
  try {
    const outcome = await db.transaction(async (tx) => {
      const record = (id: string) =>
        tx
        .insert(inboundMails)
        .values({
          messageId: id,
          uidValidity: raw.uidValidity ?? null,
          uid: raw.uid ?? null,
          fromEmail: parsed.from?.address ?? null,
          fromName: parsed.from?.name || null,
          subject: parsed.subject?.slice(0, 1000) ?? null,
          sentAt: parsed.date,
          status: 'quarantined',
          text: parsed.text.slice(0, 200_000),
          rawKey: raw.rawKey,
          sizeBytes: raw.sizeBytes,
          attachmentCount: parsed.files.length,
          receivedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      let [row] = await record(messageId);
      if (!row) {
        // the same Message-ID from someone else is not the same mail: it must not hide this one
        const [first] = await tx.select({ from: inboundMails.fromEmail }).from(inboundMails).where(eq(inboundMails.messageId, messageId));
        if (first && first.from !== (parsed.from?.address ?? null)) [row] = await record(`${messageId}#${(await rawMessageId(store, raw.rawKey)).slice(1, 17)}`);
      }
      if (raw.uid !== undefined) await moveBookmark(tx, raw.uid);
      if (!row) return { status: 'duplicate' } as const;
      return decide(tx, checks, parsed, row, files, now, {});
    });
    if (outcome.status === 'duplicate') await Promise.all([store.remove(raw.rawKey), ...files.map((f) => f.stored && store.remove(f.stored.key))]);
    else if (outcome.status !== 'ticket' && outcome.status !== 'reply') await removeFiles(store, files);
    return outcome;
  } catch (err) {
    await removeFiles(store, files);
    // whatever went wrong with this one mail must not stop the others: it is set aside
    return setAside(db, raw, { messageId, reason: 'error', detail: (err as Error).message, parsed }, now);
  }
}

/**
 * What taking mail in needs besides the mail, read once per pass over the mailbox: our own
 * addresses (a mail from them is a loop), our mail server's name in `Authentication-Results`, the
 * key of our reply addresses, and the file settings.
 */
export interface MailChecks {
  own: string[];
  authservId: string | undefined;
  signingKey: string;
  maxFileBytes: number;
  allowedFileTypes: string[];
}

export async function mailChecks(db: Executor, config: Config): Promise<MailChecks> {
  const [row, settings] = [await mailSettingsRow(db), await currentSettings(db)];
  const mail = effectiveMailConfig(config, row);
  return {
    own: [mail.from.address, mail.imap?.auth.user].filter((a): a is string => !!a && a.includes('@')).map((a) => a.toLowerCase()),
    authservId: config.mail.authservId,
    signingKey: row.signingKey,
    maxFileBytes: settings.maxFileBytes,
    allowedFileTypes: settings.allowedFileTypes as string[],
  };
}

async function moveBookmark(tx: Executor, uid: number) {
  await tx.update(mailSettings).set({ imapLastUid: sql`greatest(${mailSettings.imapLastUid}, ${uid})` }).where(eq(mailSettings.id, 1));
}

/** A mail with no Message-ID (or unreadable) is known by the hash of its bytes. */
async function rawMessageId(store: FileStore, key: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(store.filePath(key))) hash.update(chunk as Buffer);
  return `<${hash.digest('hex')}@no-message-id.guichet>`;
}

async function setAside(
  db: Db,
  raw: { rawKey: string; sizeBytes: number; uid?: number; uidValidity?: number },
  why: { messageId: string; reason: string; detail: string; parsed?: ParsedMail },
  now: Date,
): Promise<InboundOutcome> {
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(inboundMails)
      .values({
        messageId: why.messageId,
        uidValidity: raw.uidValidity ?? null,
        uid: raw.uid ?? null,
        fromEmail: why.parsed?.from?.address ?? null,
        fromName: why.parsed?.from?.name || null,
        subject: why.parsed?.subject?.slice(0, 1000) ?? null,
        status: 'failed',
        reason: why.reason,
        detail: why.detail.replace(/\u0000/g, '').slice(0, 2000),
        text: why.parsed?.text.slice(0, 200_000) ?? null,
        rawKey: raw.rawKey,
        sizeBytes: raw.sizeBytes,
        receivedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: inboundMails.id });
    if (raw.uid !== undefined) await moveBookmark(tx, raw.uid);
    return inserted;
  });
  return row ? { status: 'failed', reason: why.reason, inboundId: row.id } : { status: 'duplicate' };
}

/** A file kept only when its content is of an accepted type; refused ones are removed and named. */
export interface CheckedFile extends MailFile {
  contentType: string | null;
  refused: 'too_large' | 'type' | null;
}

export async function checkFiles(store: FileStore, files: MailFile[], allowed: string[]): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const f of files) {
    if (!f.stored) {
      checked.push({ ...f, contentType: null, refused: 'too_large' });
      continue;
    }
    const type = await detectFileContentType(store.filePath(f.stored.key));
    if (type && allowed.includes(type)) checked.push({ ...f, fileName: nameForType(f.fileName, type), contentType: type, refused: null });
    else {
      await store.remove(f.stored.key);
      checked.push({ ...f, stored: null, contentType: null, refused: 'type' });
    }
  }
  return checked;
}

export async function removeFiles(store: FileStore, files: CheckedFile[]) {
  await Promise.all(files.map((f) => f.stored && store.remove(f.stored.key)));
}

/** A line for each refused file, added to the message so staff and the client know. */
function refusedNote(files: CheckedFile[]): string {
  const refused = files.filter((f) => f.refused);
  if (refused.length === 0) return '';
  return `\n\n${refused.map((f) => `[Pièce jointe refusée : ${f.fileName} (${f.refused === 'too_large' ? 'trop volumineuse' : 'type non accepté'})]`).join('\n')}`;
}

/** The ticket a mail answers, if any: our signed reply address, our Message-IDs it refers to, or `[#number]`. */
async function targetTicket(tx: Executor, parsed: ParsedMail, signingKey: string): Promise<{ ticket: TicketRow; by: 'address' | 'references' | 'subject' } | null> {
  for (const address of parsed.recipients) {
    const tag = addressTag(address);
    const number = tag ? ticketOfReplyTag(signingKey, tag) : null;
    if (number !== null) {
      const [t] = await tx.select().from(tickets).where(eq(tickets.number, number));
      if (t) return { ticket: t, by: 'address' };
    }
  }
  const refs = ourReferences(parsed.inReplyTo, parsed.references);
  const viaMails = refs.all.length ? await tx.select({ id: mailOutbox.ticketId }).from(mailOutbox).where(inArray(mailOutbox.messageId, refs.all)) : [];
  const viaOrigins = refs.all.length ? await tx.select({ id: inboundMails.ticketId }).from(inboundMails).where(inArray(inboundMails.messageId, refs.all)) : [];
  const ids = [...viaMails, ...viaOrigins].map((r) => r.id).concat(refs.ticketIds).filter((id): id is string => !!id);
  if (ids.length) {
    const [t] = await tx.select().from(tickets).where(eq(tickets.id, ids[0]!));
    if (t) return { ticket: t, by: 'references' };
  }
  const number = subjectTicketNumber(parsed.subject);
  if (number !== null) {
    const [t] = await tx.select().from(tickets).where(eq(tickets.number, number));
    if (t) return { ticket: t, by: 'subject' };
  }
  return null;
}

/**
 * What a mail becomes, in the caller's transaction: quarantine for automatic mails, loops,
 * strangers and other clients' contacts; otherwise an answer on the ticket it refers to (a closed
 * one gets a new ticket), or a new ticket for the sender's client. `trusted`: an admin accepted it
 * (the automatic checks no longer apply).
 */
export async function decide(
  tx: Executor,
  checks: MailChecks,
  parsed: ParsedMail,
  row: InboundRow,
  files: CheckedFile[],
  now: Date,
  options: { trusted?: boolean; ticketId?: string },
): Promise<InboundOutcome> {
  const quarantine = async (reason: string, contactId: string | null = null) => {
    await tx.update(inboundMails).set({ status: 'quarantined', reason, contactId }).where(eq(inboundMails.id, row.id));
    return { status: 'quarantined', reason, inboundId: row.id } as const;
  };
  const from = parsed.from?.address ?? null;
  if (!options.trusted) {
    const automatic = automaticKind(parsed.headers, from, checks.own, parsed.subject ?? '');
    if (automatic) return quarantine(automatic);
    if (failedAuthentication(parsed.headers, checks.authservId)) return quarantine('failed_authentication');
    if (from) {
      const [recent] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(inboundMails)
        .where(and(eq(inboundMails.fromEmail, from), gt(inboundMails.receivedAt, new Date(now.getTime() - 3600_000))));
      if ((recent?.n ?? 0) > LOOP_MAILS_PER_HOUR) return quarantine('loop');
    }
  }
  if (!from) return quarantine('unknown_sender');
  const senders = await tx
    .select({ contact: contacts, clientActive: clients.active })
    .from(contacts)
    .innerJoin(clients, eq(clients.id, contacts.clientId))
    .where(eq(contacts.email, from));
  const target = options.ticketId
    ? { ticket: (await tx.select().from(tickets).where(eq(tickets.id, options.ticketId)))[0]!, by: 'admin' as const }
    : await targetTicket(tx, parsed, checks.signingKey);
  const notes = refusedNote(files);
  if (target) {
    const sender = senders.find((s) => s.contact.clientId === target.ticket.clientId);
    if (!sender) return quarantine(senders.length ? 'other_client' : 'unknown_sender', senders[0]?.contact.id ?? null);
    if (!options.trusted) {
      if (!sender.clientActive) return quarantine('inactive_client', sender.contact.id);
      // a number in the subject is easy to guess: it is enough only from someone already on the ticket
      if (target.by === 'subject' && !(await isParticipant(tx, target.ticket.id, sender.contact))) return quarantine('unverified_reference', sender.contact.id);
    }
    if (target.ticket.status !== 'closed') {
      const actor = mailActor(sender.contact);
      const t = await loadVisibleTicket(tx, actor, target.ticket.id, true);
      // the new text is at the top: the reply parser (whose regexes slow down on long texts) reads only that far
      const body = (visibleReply(parsed.text.slice(0, MAX_BODY)) || '(message vide)').slice(0, MAX_BODY) + notes;
      const written = await writeMessage(tx, actor, t, { body, internal: false, attachmentIds: [] }, now, row.id);
      await attachFiles(tx, files, t.id, written.message.id, now);
      await tx.update(inboundMails).set({ status: 'reply', reason: null, ticketId: t.id, contactId: sender.contact.id, handledAt: now }).where(eq(inboundMails.id, row.id));
      return { status: 'reply', ticketId: t.id, inboundId: row.id };
    }
    // an answer to a closed ticket opens a new one (as the portal asks), for the same client
    return newTicket(tx, parsed, row, files, sender.contact, now, notes);
  }
  if (senders.length === 0) return quarantine('unknown_sender');
  if (senders.length > 1) return quarantine('ambiguous_sender');
  const [sender] = senders;
  if (!sender!.clientActive && !options.trusted) return quarantine('inactive_client', sender!.contact.id);
  return newTicket(tx, parsed, row, files, sender!.contact, now, notes);
}

/** The ticket's requester, a contact in copy, or a contact who wrote in it. */
async function isParticipant(tx: Executor, ticketId: string, contact: ContactRow): Promise<boolean> {
  const found = await rows<{ ok: number }>(
    tx,
    sql`select 1 as ok from tickets t where t.id = ${ticketId} and (t.requester_contact_id = ${contact.id} or t.requester_id = ${contact.userId}::uuid
          or exists (select from ticket_cc c where c.ticket_id = t.id and c.contact_id = ${contact.id})
          or exists (select from messages m where m.ticket_id = t.id and (m.author_contact_id = ${contact.id} or m.author_id = ${contact.userId}::uuid)))`,
  );
  return found.length > 0;
}

async function newTicket(tx: Executor, parsed: ParsedMail, row: InboundRow, files: CheckedFile[], sender: ContactRow, now: Date, notes: string): Promise<InboundOutcome> {
  // colleagues of the same client in copy of the mail stay in copy of the ticket
  const cc = parsed.cc.length
    ? (await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.clientId, sender.clientId), inArray(contacts.email, parsed.cc)))).map((c) => c.id)
    : [];
  const subject = (parsed.subject ?? '').replace(/^\s*((re|tr|fw|fwd)\s*:\s*)+/i, '').trim() || '(sans objet)';
  const ticket = await openTicket(
    tx,
    mailActor(sender),
    {
      clientId: sender.clientId,
      subject: subject.slice(0, MAX_SUBJECT),
      description: ((parsed.text || '(message vide)').slice(0, MAX_BODY) + notes).trim(),
      priority: 'normal',
      attachmentIds: [],
      ccContactIds: cc,
    },
    now,
    { inReplyTo: row.messageId },
  );
  await attachFiles(tx, files, ticket.id, null, now);
  await tx.update(inboundMails).set({ status: 'ticket', reason: null, ticketId: ticket.id, contactId: sender.id, handledAt: now }).where(eq(inboundMails.id, row.id));
  return { status: 'ticket', ticketId: ticket.id, inboundId: row.id };
}

export async function attachFiles(tx: Executor, files: CheckedFile[], ticketId: string, messageId: string | null, now: Date) {
  const kept = files.filter((f) => f.stored && f.contentType);
  if (kept.length === 0) return;
  await tx.insert(attachments).values(
    kept.map((f) => ({
      uploaderId: null,
      ticketId,
      messageId,
      fileName: f.fileName,
      contentType: f.contentType!,
      sizeBytes: f.stored!.sizeBytes,
      sha256: f.stored!.sha256,
      storageKey: f.stored!.key,
      createdAt: now,
    })),
  );
}

