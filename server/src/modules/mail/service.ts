import type {
  LinkedMailPreferences,
  LinkedRating,
  MailCategory,
  MailConnectionTest,
  MailPreferences,
  MailSettings,
  OutboxList,
  OutboxListQuery,
  OutboxMail,
  OutboxMailDetail,
  UpdateMailPreferencesBody,
  UpdateMailSettingsBody,
} from '@guichet/contract/mail';
import { ContactMailCategory, StaffMailCategory } from '@guichet/contract/mail';
import type { Rating } from '@guichet/contract/tickets';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db, Executor } from '../../db/client.ts';
import { contacts, mailOutbox, mailSettings, ratings, tickets, users } from '../../db/schema.ts';
import { requireAdmin, requireAdminSession, type Actor } from '../../http/actor.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { requeue } from '../../lib/outbox.ts';
import { rateTicket } from '../ratings/service.ts';
import { isRateable } from '../tickets/status.ts';
import { verifyLink } from './links.ts';
import { effectiveMailConfig, encryptSecret, mailSettingsRow, type MailSettingsRow } from './mail-config.ts';

type OutboxRow = typeof mailOutbox.$inferSelect;

// ── the outbox, for admins ──

const presentOutbox = (r: OutboxRow, ticketNumber: number | null): OutboxMail => ({
  id: r.id,
  kind: r.kind,
  ticket: r.ticketId && ticketNumber !== null ? { id: r.ticketId, number: ticketNumber } : null,
  toEmail: r.toEmail,
  toName: r.toName,
  locale: r.locale,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'queued' ? r.nextAttemptAt.toISOString() : null,
  lastError: r.lastError,
  response: r.response,
  sentAt: r.sentAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export async function listOutbox(db: Executor, config: Config, actor: Actor, query: z.output<typeof OutboxListQuery>): Promise<OutboxList> {
  requireAdmin(actor);
  // the counts per status are of the other filters
  const ticketFilter = query.ticketId ? eq(mailOutbox.ticketId, query.ticketId) : undefined;
  const where: (SQL | undefined)[] = [ticketFilter, query.status ? eq(mailOutbox.status, query.status) : undefined];
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    where.push(sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (${after.sortKey}::timestamptz, ${after.id}::uuid)`);
  }
  const found = await db
    .select({ mail: mailOutbox, number: tickets.number, sortKey: sql<string>`${mailOutbox.createdAt}::text` })
    .from(mailOutbox)
    .leftJoin(tickets, eq(tickets.id, mailOutbox.ticketId))
    .where(and(...where))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(query.limit + 1);
  const byStatus = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .where(ticketFilter)
    .groupBy(mailOutbox.status);
  const counts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const c of byStatus) counts[c.status] = c.n;
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => presentOutbox(r.mail, r.number)),
    nextCursor: found.length > query.limit && last ? encodeCursor(last.sortKey, last.mail.id) : null,
    counts,
    smtpConfigured: effectiveMailConfig(config, await mailSettingsRow(db)).smtp !== null,
  };
}

export async function getOutboxMail(db: Executor, actor: Actor, id: string): Promise<OutboxMailDetail> {
  // its links act for the recipient (rating, preferences): a signed-in admin only, never an API token
  requireAdminSession(actor);
  const [r] = await db.select({ mail: mailOutbox, number: tickets.number }).from(mailOutbox).leftJoin(tickets, eq(tickets.id, mailOutbox.ticketId)).where(eq(mailOutbox.id, id));
  if (!r) throw notFound('mail');
  return { ...presentOutbox(r.mail, r.number), messageId: r.mail.messageId, headers: r.mail.headers, textBody: r.mail.textBody, htmlBody: r.mail.htmlBody };
}

export async function resendOutboxMail(db: Executor, actor: Actor, id: string): Promise<OutboxMailDetail> {
  requireAdmin(actor);
  const current = await getOutboxMail(db, actor, id);
  if (current.status !== 'failed') throw badRequest('not_failed', 'Only a mail that failed can be sent again.');
  await requeue(db, 'mail_outbox', id);
  return getOutboxMail(db, actor, id);
}

// ── settings ──

/** The settings as typed, but where the environment wins, what it sets (never a password). */
function presentSettings(config: Config, r: MailSettingsRow): MailSettings {
  const env = effectiveMailConfig(config, r);
  const smtpEnv = config.mail.smtpUrl ? env.smtp : null;
  const imapEnv = config.mail.imapUrl ? env.imap : null;
  return {
    fromAddress: config.mail.from ? env.from.address : r.fromAddress,
    fromName: config.mail.from ? env.from.name : r.fromName,
    smtp: smtpEnv
      ? { host: smtpEnv.host, port: smtpEnv.port, security: smtpEnv.secure ? 'tls' : smtpEnv.ignoreTLS ? 'none' : 'starttls', user: smtpEnv.auth?.user ?? null, passwordSet: !!smtpEnv.auth?.pass }
      : { host: r.smtpHost, port: r.smtpPort, security: r.smtpSecurity, user: r.smtpUser, passwordSet: !!r.smtpPasswordEnc },
    imap: {
      enabled: imapEnv ? true : r.imapEnabled,
      host: imapEnv?.host ?? r.imapHost,
      port: imapEnv?.port ?? r.imapPort,
      tls: imapEnv ? imapEnv.secure : r.imapTls,
      user: imapEnv?.auth.user ?? r.imapUser,
      passwordSet: imapEnv ? !!imapEnv.auth.pass : !!r.imapPasswordEnc,
      folder: imapEnv?.folder ?? r.imapFolder,
      lastPollAt: r.lastPollAt?.toISOString() ?? null,
      lastPollError: r.lastPollError,
    },
    fromEnvironment: { smtp: !!config.mail.smtpUrl, imap: !!config.mail.imapUrl, from: !!config.mail.from },
    canStorePasswords: !!config.mail.secretKey,
  };
}

export async function getMailSettings(db: Executor, config: Config, actor: Actor): Promise<MailSettings> {
  requireAdmin(actor);
  return presentSettings(config, await mailSettingsRow(db));
}

/** Change the mail settings (a signed-in admin: they hold passwords). A password is stored encrypted, and only with a key. */
export async function updateMailSettings(db: Executor, config: Config, actor: Actor, body: UpdateMailSettingsBody): Promise<MailSettings> {
  requireAdminSession(actor);
  const secret = config.mail.secretKey;
  const password = (value: string | null, field: string) => {
    if (value === null || value === '') return null;
    if (!secret) {
      throw badRequest('secret_key_missing', 'Set MAIL_SECRET_KEY in the server’s environment to store mail passwords.', [
        { field, code: 'secret_key_missing', message: 'no MAIL_SECRET_KEY' },
      ]);
    }
    return encryptSecret(secret, value);
  };
  const current = await mailSettingsRow(db);
  const patch: Partial<MailSettingsRow> = {};
  const set = <K extends keyof MailSettingsRow>(key: K, value: MailSettingsRow[K] | undefined) => {
    if (value !== undefined) patch[key] = value;
  };
  set('fromAddress', body.fromAddress);
  set('fromName', body.fromName);
  if (body.smtp) {
    set('smtpHost', body.smtp.host);
    set('smtpPort', body.smtp.port);
    set('smtpSecurity', body.smtp.security);
    set('smtpUser', body.smtp.user);
    set('smtpPasswordEnc', body.smtp.password !== undefined ? password(body.smtp.password, 'body.smtp.password') : keptPassword(current, body.smtp, { host: 'smtpHost', port: 'smtpPort', security: 'smtpSecurity', user: 'smtpUser' }));
  }
  if (body.imap) {
    set('imapEnabled', body.imap.enabled);
    set('imapHost', body.imap.host);
    set('imapPort', body.imap.port);
    set('imapTls', body.imap.tls);
    set('imapUser', body.imap.user);
    set('imapPasswordEnc', body.imap.password !== undefined ? password(body.imap.password, 'body.imap.password') : keptPassword(current, body.imap, { host: 'imapHost', port: 'imapPort', tls: 'imapTls', user: 'imapUser' }));
    set('imapFolder', body.imap.folder);
  }
  if (Object.keys(patch).length > 0) await db.update(mailSettings).set({ ...patch, updatedAt: sql`now()` }).where(eq(mailSettings.id, 1));
  return presentSettings(config, await mailSettingsRow(db));
}

/**
 * A stored password stays only with the server and account it was typed for: pointing them
 * elsewhere without typing it again forgets it (else an admin could send it to a server of theirs
 * and read it there). Undefined: unchanged.
 */
function keptPassword(current: MailSettingsRow, body: Record<string, unknown>, columns: Record<string, keyof MailSettingsRow>): null | undefined {
  const moved = Object.entries(columns).some(([field, column]) => body[field] !== undefined && body[field] !== current[column]);
  return moved ? null : undefined;
}

/** « Tester la connexion »: sign in to the server in effect and say what it answered. */
export async function testMailConnection(db: Executor, config: Config, actor: Actor, server: 'smtp' | 'imap'): Promise<MailConnectionTest> {
  requireAdmin(actor);
  const mail = effectiveMailConfig(config, await mailSettingsRow(db));
  try {
    if (server === 'smtp') {
      if (!mail.smtp) return { ok: false, message: 'No SMTP server is set.' };
      const transporter = nodemailer.createTransport({ ...mail.smtp, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 });
      try {
        await transporter.verify();
      } finally {
        transporter.close();
      }
      return { ok: true, message: `${mail.smtp.host}:${mail.smtp.port} accepted the connection.` };
    }
    if (!mail.imap) return { ok: false, message: 'No mailbox is set.' };
    const client = new ImapFlow({ host: mail.imap.host, port: mail.imap.port, secure: mail.imap.secure, auth: mail.imap.auth, logger: false, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 });
    await client.connect();
    try {
      const box = await client.mailboxOpen(mail.imap.folder, { readOnly: true });
      return { ok: true, message: `${mail.imap.folder}: ${box.exists} messages${client.capabilities.has('IDLE') ? ', IDLE' : ''}.` };
    } finally {
      await client.logout().catch(() => undefined);
    }
  } catch (err) {
    const e = err as { message?: string; response?: string; responseText?: string };
    return { ok: false, message: (e.responseText ?? e.response ?? e.message ?? String(err)).slice(0, 500) };
  }
}

// ── preferences ──

type Owner = { kind: 'user'; id: string; role: 'admin' | 'agent' } | { kind: 'contact'; id: string };

function categoriesFor(owner: Owner): MailCategory[] {
  if (owner.kind === 'contact') return ContactMailCategory.options;
  // budget alerts are money: admins only
  return StaffMailCategory.options.filter((c) => c !== 'budget_alert' || owner.role === 'admin');
}

async function readPreferences(db: Executor, owner: Owner): Promise<LinkedMailPreferences> {
  const [row] =
    owner.kind === 'contact'
      ? await db.select({ name: contacts.name, email: contacts.email, locale: contacts.locale, optOut: contacts.mailOptOut }).from(contacts).where(eq(contacts.id, owner.id))
      : await db.select({ name: users.name, email: users.email, locale: users.locale, optOut: users.mailOptOut }).from(users).where(and(eq(users.id, owner.id), eq(users.active, true)));
  if (!row) throw notFound();
  return { name: row.name, email: row.email, locale: row.locale, categories: categoriesFor(owner).map((category) => ({ category, enabled: !row.optOut.includes(category) })) };
}

async function writePreferences(db: Executor, owner: Owner, body: UpdateMailPreferencesBody): Promise<LinkedMailPreferences> {
  const current = await readPreferences(db, owner);
  const allowed = new Set(categoriesFor(owner));
  const asked = body.categories ?? [];
  const bad = asked.find((c) => !allowed.has(c.category));
  if (bad) throw badRequest('validation_failed', 'Some fields are invalid.', [{ field: 'body.categories', code: 'invalid', message: `not a mail of yours: ${bad.category}` }]);
  const enabled = new Map(current.categories.map((c) => [c.category, c.enabled]));
  for (const c of asked) enabled.set(c.category, c.enabled);
  const optOut = [...enabled].filter(([, on]) => !on).map(([c]) => c);
  const values = { mailOptOut: optOut, ...(body.locale && { locale: body.locale }), updatedAt: sql`now()` };
  if (owner.kind === 'contact') await db.update(contacts).set(values).where(eq(contacts.id, owner.id));
  else await db.update(users).set(values).where(eq(users.id, owner.id));
  return readPreferences(db, owner);
}

/** The caller's own preferences: staff as users, a portal login as its contact. */
function ownerOfActor(actor: Actor): Owner {
  if (actor.via !== 'session' || !actor.userId) throw notFound();
  if (actor.role === 'contact') {
    if (!actor.contactId) throw notFound();
    return { kind: 'contact', id: actor.contactId };
  }
  return { kind: 'user', id: actor.userId, role: actor.role };
}

const withoutPerson = ({ locale, categories }: LinkedMailPreferences): MailPreferences => ({ locale, categories });

export const getMyMailPreferences = async (db: Executor, actor: Actor) => withoutPerson(await readPreferences(db, ownerOfActor(actor)));
export const updateMyMailPreferences = async (db: Executor, actor: Actor, body: UpdateMailPreferencesBody) =>
  withoutPerson(await writePreferences(db, ownerOfActor(actor), body));

async function signingKey(db: Executor): Promise<string> {
  return (await mailSettingsRow(db)).signingKey;
}

/** Whose preferences a mail's signed link opens (404 for a link we did not sign or that expired). */
async function ownerOfLink(db: Executor, token: string): Promise<Owner> {
  const link = verifyLink(await signingKey(db), token, 'prefs');
  if (!link) throw notFound('link');
  if (link.c) return { kind: 'contact', id: link.c };
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, link.u!));
  if (!user || user.role === 'contact') throw notFound('link');
  return { kind: 'user', id: link.u!, role: user.role };
}

export const getLinkedMailPreferences = async (db: Executor, token: string) => readPreferences(db, await ownerOfLink(db, token));
export const updateLinkedMailPreferences = async (db: Executor, token: string, body: UpdateMailPreferencesBody) =>
  writePreferences(db, await ownerOfLink(db, token), body);

// ── rating from the mail ──

/** The ticket and contact a signed rating link stands for, and that contact as the one who rates. */
async function ratingLink(db: Executor, token: string) {
  const link = verifyLink(await signingKey(db), token, 'rate');
  if (!link) throw notFound('link');
  const [row] = await db
    .select({ ticket: tickets, contact: contacts, rating: ratings })
    .from(tickets)
    .innerJoin(contacts, and(eq(contacts.id, link.c), eq(contacts.clientId, tickets.clientId)))
    .leftJoin(ratings, eq(ratings.ticketId, tickets.id))
    .where(eq(tickets.id, link.t));
  if (!row) throw notFound('link');
  const actor: Actor = { via: 'mail', userId: row.contact.userId, name: row.contact.name, role: 'contact', clientId: row.ticket.clientId, contactId: row.contact.id };
  return { ...row, actor };
}

export async function getLinkedRating(db: Executor, token: string): Promise<LinkedRating> {
  const { ticket, rating, contact } = await ratingLink(db, token);
  return { ticket: { number: ticket.number, subject: ticket.subject }, stars: rating?.stars ?? null, comment: rating?.comment ?? null, canRate: isRateable(ticket), locale: contact.locale };
}

export async function rateFromLink(db: Db, token: string, body: { stars: number; comment: string | null }): Promise<Rating> {
  const { actor, ticket } = await ratingLink(db, token);
  return rateTicket(db, actor, ticket.id, body);
}
