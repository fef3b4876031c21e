import { z } from 'zod';
import { Email, Id, Locale, PageQuery, page, Timestamp } from './common.ts';

/**
 * Kinds of mail a person may turn off (the bell still rings). Staff: a client's reply, a ticket
 * assigned to them (or waiting for someone), a change of status on their ticket, budget alerts
 * (admins). Contacts: a ticket opened for them, a support reply, the resolution, the closing.
 */
export const StaffMailCategory = z.enum(['client_reply', 'assignment', 'status_change', 'budget_alert']);
export const ContactMailCategory = z.enum(['ticket_opened', 'agent_reply', 'resolution', 'closing']);
export const MailCategory = z.enum([...StaffMailCategory.options, ...ContactMailCategory.options]);
export type MailCategory = z.infer<typeof MailCategory>;

/** One switch per kind of mail the person can receive: `true` = mailed. */
export const MailPreferences = z
  .object({
    locale: Locale,
    categories: z.array(z.object({ category: MailCategory, enabled: z.boolean() })),
  })
  .meta({ id: 'MailPreferences' });
export type MailPreferences = z.infer<typeof MailPreferences>;

export const UpdateMailPreferencesBody = z.object({
  locale: Locale.optional(),
  /** Only the categories given change. */
  categories: z.array(z.object({ category: MailCategory, enabled: z.boolean() })).max(8).optional(),
});
export type UpdateMailPreferencesBody = z.infer<typeof UpdateMailPreferencesBody>;

/** Preferences opened from a mail's signed link: whose they are, for the page's heading. */
export const LinkedMailPreferences = MailPreferences.extend({ name: z.string(), email: z.string() });
export type LinkedMailPreferences = z.infer<typeof LinkedMailPreferences>;

export const OutboxStatus = z.enum(['queued', 'sending', 'sent', 'failed']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxMail = z
  .object({
    id: Id,
    kind: z.string(),
    ticket: z.object({ id: Id, number: z.number().int() }).nullable(),
    toEmail: z.string(),
    toName: z.string().nullable(),
    locale: Locale,
    subject: z.string(),
    status: OutboxStatus,
    attempts: z.number().int(),
    nextAttemptAt: Timestamp.nullable().describe('when a queued mail is tried next'),
    lastError: z.string().nullable(),
    response: z.string().nullable().describe("the server’s answer to the delivery, or to the last failure"),
    sentAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'OutboxMail' });
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxMailDetail = OutboxMail.extend({
  messageId: z.string(),
  headers: z.record(z.string(), z.string()),
  textBody: z.string(),
  htmlBody: z.string().describe('the HTML part as sent: show it in a sandboxed frame, never in the page'),
}).meta({ id: 'OutboxMailDetail' });
export type OutboxMailDetail = z.infer<typeof OutboxMailDetail>;

export const OutboxListQuery = PageQuery.extend({
  status: OutboxStatus.optional(),
  ticketId: Id.optional(),
});
export type OutboxListQuery = z.input<typeof OutboxListQuery>;

export const OutboxList = page(OutboxMail).extend({
  counts: z.object({ queued: z.number().int(), sending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
  /** False when no SMTP server is set: mails wait in the outbox. */
  smtpConfigured: z.boolean(),
});
export type OutboxList = z.infer<typeof OutboxList>;

export const SmtpSecurity = z.enum(['none', 'starttls', 'tls']);

/** What Administration → Courriels shows; passwords never leave the server (only whether one is set). */
export const MailSettings = z
  .object({
    fromAddress: z.string().nullable(),
    fromName: z.string().nullable(),
    smtp: z.object({
      host: z.string().nullable(),
      port: z.number().int().nullable(),
      security: SmtpSecurity,
      user: z.string().nullable(),
      passwordSet: z.boolean(),
    }),
    imap: z.object({
      enabled: z.boolean(),
      host: z.string().nullable(),
      port: z.number().int().nullable(),
      tls: z.boolean(),
      user: z.string().nullable(),
      passwordSet: z.boolean(),
      folder: z.string(),
      lastPollAt: Timestamp.nullable(),
      lastPollError: z.string().nullable(),
    }),
    /** Settings given by environment variables, which win over these (shown read-only). */
    fromEnvironment: z.object({ smtp: z.boolean(), imap: z.boolean(), from: z.boolean() }),
    /** Whether passwords can be stored (a `MAIL_SECRET_KEY` is set). */
    canStorePasswords: z.boolean(),
  })
  .meta({ id: 'MailSettings' });
export type MailSettings = z.infer<typeof MailSettings>;

const host = z.string().trim().min(1).max(253).regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/, 'a host name or address');
const port = z.number().int().min(1).max(65535);

export const UpdateMailSettingsBody = z.object({
  fromAddress: Email.nullable().optional(),
  fromName: z.string().trim().max(100).nullable().optional(),
  smtp: z
    .object({
      host: host.nullable().optional(),
      port: port.nullable().optional(),
      security: SmtpSecurity.optional(),
      user: z.string().trim().max(254).nullable().optional(),
      /** A new password; `null` removes it; absent leaves it. */
      password: z.string().max(500).nullable().optional(),
    })
    .optional(),
  imap: z
    .object({
      enabled: z.boolean().optional(),
      host: host.nullable().optional(),
      port: port.nullable().optional(),
      tls: z.boolean().optional(),
      user: z.string().trim().max(254).nullable().optional(),
      password: z.string().max(500).nullable().optional(),
      folder: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
});
export type UpdateMailSettingsBody = z.infer<typeof UpdateMailSettingsBody>;

export const MailConnectionTest = z.object({
  ok: z.boolean(),
  /** What the server answered, or why the connection failed. */
  message: z.string(),
});
export type MailConnectionTest = z.infer<typeof MailConnectionTest>;

export const TestConnectionBody = z.object({ server: z.enum(['smtp', 'imap']) });

/** Why a mail went to quarantine or was set aside. */
export const InboundReason = z.enum([
  'unknown_sender',
  'other_client',
  'ambiguous_sender',
  'unverified_reference',
  'failed_authentication',
  'auto_reply',
  'bounce',
  'loop',
  'inactive_client',
  'unreadable',
  'too_large',
  'error',
]);
export type InboundReason = z.infer<typeof InboundReason>;

export const InboundStatus = z.enum(['ticket', 'reply', 'quarantined', 'failed', 'deleted']);
export type InboundStatus = z.infer<typeof InboundStatus>;

export const InboundMail = z
  .object({
    id: Id,
    messageId: z.string(),
    fromEmail: z.string().nullable(),
    fromName: z.string().nullable(),
    subject: z.string().nullable(),
    status: InboundStatus,
    /** One of `InboundReason` (a string, so that a reason added later does not break a client). */
    reason: z.string().nullable(),
    detail: z.string().nullable(),
    ticket: z.object({ id: Id, number: z.number().int() }).nullable(),
    sizeBytes: z.number().int(),
    attachmentCount: z.number().int(),
    receivedAt: Timestamp,
    handledAt: Timestamp.nullable(),
  })
  .meta({ id: 'InboundMail' });
export type InboundMail = z.infer<typeof InboundMail>;

export const InboundMailDetail = InboundMail.extend({
  /** The whole text of the mail, as received (plain text; HTML-only mails converted to text). */
  text: z.string().nullable(),
  /** Whether the raw message can be downloaded (`GET /api/mail/inbound/{id}/raw`). */
  hasRaw: z.boolean(),
}).meta({ id: 'InboundMailDetail' });
export type InboundMailDetail = z.infer<typeof InboundMailDetail>;

export const InboundListQuery = PageQuery.extend({ status: InboundStatus.optional() });
export type InboundListQuery = z.input<typeof InboundListQuery>;
export const InboundList = page(InboundMail);
export type InboundList = z.infer<typeof InboundList>;

/** What an admin does with a quarantined mail. */
export const QuarantineActionBody = z.discriminatedUnion('action', [
  /** The sender becomes a contact of this client, then the mail is taken in as theirs (new ticket, or reply). */
  z.object({ action: z.literal('accept_contact'), clientId: Id, name: z.string().trim().min(1).max(120).optional() }),
  /** The mail becomes a message on this ticket, by the sender if they are a contact of its client. */
  z.object({ action: z.literal('attach'), ticketId: Id }),
  z.object({ action: z.literal('delete') }),
]);
export type QuarantineActionBody = z.infer<typeof QuarantineActionBody>;

/** A rating opened from the mail's signed link, without signing in. */
export const LinkedRating = z
  .object({
    ticket: z.object({ number: z.number().int(), subject: z.string() }),
    stars: z.number().int().min(1).max(5).nullable(),
    comment: z.string().nullable(),
    /** False once the ticket can no longer be rated (reopened). */
    canRate: z.boolean(),
    /** The contact's mail language: the page opens in it. */
    locale: Locale,
  })
  .meta({ id: 'LinkedRating' });
export type LinkedRating = z.infer<typeof LinkedRating>;

export const TokenParams = z.object({ token: z.string().min(10).max(600) });
