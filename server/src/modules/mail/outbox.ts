import type { Locale } from '@guichet/contract/common';
import type { NotificationKind } from '@guichet/contract/notifications';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../db/client.ts';
import { mailOutbox } from '../../db/schema.ts';
import type { Announcement, Audience } from '../notifications/service.ts';
import { wantsMail } from './categories.ts';
import { replyTag, signLink } from './links.ts';
import { renderMail, type MailFacts } from './templates.ts';

/** Someone an event may reach: a staff member, or a client's contact (with or without a portal login). */
export interface Person {
  userId: string | null;
  contactId: string | null;
  email: string;
  name: string;
  locale: Locale;
  optOut: string[];
  /** Has a login that works (the bell is for them). */
  canSignIn: boolean;
  role: 'admin' | 'agent' | 'contact';
}

type PersonRow = { user_id: string | null; contact_id: string | null; email: string; name: string; locale: Locale; mail_opt_out: string[]; can_sign_in: boolean; role: Person['role'] };

const toPerson = (r: PersonRow): Person => ({
  userId: r.user_id,
  contactId: r.contact_id,
  email: r.email,
  name: r.name,
  locale: r.locale,
  optOut: r.mail_opt_out ?? [],
  canSignIn: r.can_sign_in,
  role: r.role,
});

const staffColumns = sql`u.id as user_id, null::uuid as contact_id, u.email, u.name, u.locale, u.mail_opt_out, true as can_sign_in, u.role`;

/** The people of an audience, with what their mails need. */
export async function audiencePeople(db: Executor, audience: Audience): Promise<Person[]> {
  if ('users' in audience) {
    const ids = [...new Set(audience.users.filter((id): id is string => !!id))];
    if (ids.length === 0) return [];
    return (await rows<PersonRow>(db, sql`select ${staffColumns} from users u where u.id = any(${`{${ids.join(',')}}`}::uuid[]) and u.active`)).map(toPerson);
  }
  if ('admins' in audience) {
    return (await rows<PersonRow>(db, sql`select ${staffColumns} from users u where u.role = 'admin' and u.active`)).map(toPerson);
  }
  // the requester, the contacts in copy, the contacts who wrote (by mail, or by the portal — older messages carry only the login)
  const ticketId = audience.ticketClient;
  return (
    await rows<PersonRow>(
      db,
      sql`with t as (select id, client_id, requester_contact_id, requester_id from tickets where id = ${ticketId}),
        ids as (
          select requester_contact_id as id from t
          union select contact_id from ticket_cc where ticket_id = ${ticketId}
          union select author_contact_id from messages where ticket_id = ${ticketId} and author_contact_id is not null
          union select c.id from messages m join contacts c on c.user_id = m.author_id where m.ticket_id = ${ticketId}
          union select c.id from t join contacts c on c.user_id = t.requester_id
        )
        select u.id as user_id, c.id as contact_id, c.email, c.name, c.locale, c.mail_opt_out,
          coalesce(u.active and u.password_hash is not null, false) as can_sign_in, 'contact' as role
        from contacts c join t on t.client_id = c.client_id left join users u on u.id = c.user_id
        where c.id in (select id from ids)`,
    )
  ).map(toPerson);
}

/** Where links in mails point (the host of our Message-IDs too), and whether a mailbox from the environment takes replies: set at start (`buildApp`). */
let publicUrl = 'http://localhost:3000';
let inboundFromEnvironment = false;
export function setMailContext(context: { publicUrl: string; inboundFromEnvironment: boolean }) {
  ({ publicUrl, inboundFromEnvironment } = context);
}
export const mailHost = () => new URL(publicUrl).hostname || 'localhost';

/** `<ticket.{id}@host>`: every mail of a ticket refers to it, so mail clients thread them. */
export const ticketThreadId = (ticketId: string) => `<ticket.${ticketId}@${mailHost()}>`;

type Facts = { key: string; reply_by_mail: boolean; number: number | null; subject: string | null; status: string | null; origin: string | null; actor_name: string | null };

const LINK_DAYS = { rate: 90, prefs: 365 };

/**
 * Render and store the mails of an event for these recipients (those whose preferences allow it
 * and who have an address), in the caller's transaction: the outbox. One statement reads what the
 * mails need, one writes them.
 */
export async function queueMails(db: Executor, event: Announcement, recipients: Person[]): Promise<void> {
  const kind = event.kind as NotificationKind;
  const wanted = recipients.filter((p) => p.email && wantsMail(p.optOut, kind));
  if (wanted.length === 0) return;
  const [facts] = await rows<Facts>(
    db,
    sql`select s.signing_key as key, s.imap_enabled as reply_by_mail, t.number, t.subject, t.status,
          (select i.message_id from inbound_mails i where i.ticket_id = t.id and i.status = 'ticket' limit 1) as origin,
          coalesce(${event.actorName ?? null}::text, (select name from users where id = ${event.actorId}::uuid), (select name from contacts where id = ${event.actorContactId ?? null}::uuid)) as actor_name
        from mail_settings s left join tickets t on t.id = ${event.ticketId}::uuid where s.id = 1`,
  );
  if (!facts) return;
  const budget = event.budgetAlertId ? await budgetFacts(db, event.budgetAlertId) : null;
  const ticket = event.ticket ?? (facts.number !== null ? { id: event.ticketId!, number: facts.number, subject: facts.subject!, status: facts.status! } : null);
  const now = Date.now();
  const days = (n: number) => now + n * 86_400_000;
  const values = wanted.map((p) => {
    const staff = p.role !== 'contact';
    const prefsToken = signLink(facts.key, p.contactId ? { k: 'prefs', c: p.contactId, exp: days(LINK_DAYS.prefs) } : { k: 'prefs', u: p.userId!, exp: days(LINK_DAYS.prefs) });
    const preferencesUrl = `${publicUrl}/mail-preferences/${prefsToken}`;
    const facts_: MailFacts = {
      kind,
      locale: p.locale,
      recipientName: p.name,
      actorName: facts.actor_name,
      ticket,
      messageText: event.message?.body ?? null,
      ticketUrl: ticket ? (staff ? `${publicUrl}/tickets/${ticket.id}` : p.canSignIn ? `${publicUrl}/portal/tickets/${ticket.id}` : null) : null,
      ratingUrl:
        kind === 'ticket_resolved' && ticket && p.contactId
          ? `${publicUrl}/rate/${signLink(facts.key, { k: 'rate', t: ticket.id, c: p.contactId, exp: days(LINK_DAYS.rate) })}`
          : null,
      preferencesUrl,
      replyByMail: (facts.reply_by_mail || inboundFromEnvironment) && !staff,
      budget: budget && { ...budget, budgetUrl: `${publicUrl}/clients/${budget.clientId}` },
    };
    const mail = renderMail(facts_);
    const thread = ticket ? [facts.origin ?? event.inReplyTo, ticketThreadId(ticket.id)].filter((v): v is string => !!v) : [];
    const headers: Record<string, string> = {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'List-Unsubscribe': `<${preferencesUrl}>`,
    };
    if (ticket) {
      headers['X-Guichet-Ticket'] = String(ticket.number);
      headers['In-Reply-To'] = event.inReplyTo ?? thread.at(-1)!;
      headers.References = thread.join(' ');
    }
    return {
      kind,
      ticketId: ticket?.id ?? null,
      userId: p.userId,
      contactId: p.contactId,
      toEmail: p.email,
      toName: p.name,
      locale: p.locale,
      // made by the database, like every other id of the event's transaction (a replayed statement stays valid)
      messageId: sql`'<m.' || gen_random_uuid()::text || ${`@${mailHost()}>`}`,
      // staff answer in the app; contacts by mail, through the signed reply address
      replyTag: ticket && !staff ? replyTag(facts.key, ticket.number) : null,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      headers,
    };
  });
  await db.insert(mailOutbox).values(values);
}

async function budgetFacts(db: Executor, alertId: string) {
  const [b] = await rows<{ client_id: string; client_name: string; period_kind: 'month' | 'quarter' | 'year'; period_start: string; kind: string; threshold_percent: number }>(
    db,
    sql`select c.id as client_id, c.name as client_name, b.period_kind, b.period_start::text as period_start, a.kind, a.threshold_percent
        from budget_alerts a join budgets b on b.id = a.budget_id join clients c on c.id = b.client_id where a.id = ${alertId}`,
  );
  if (!b) return null;
  return {
    clientId: b.client_id,
    clientName: b.client_name,
    periodKind: b.period_kind,
    periodStart: b.period_start,
    thresholdPercent: b.kind === 'threshold' ? b.threshold_percent : null,
  };
}
