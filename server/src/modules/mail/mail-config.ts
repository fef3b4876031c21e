import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { mailSettings } from '../../db/schema.ts';
import type { Config } from '../../config.ts';

export type MailSettingsRow = typeof mailSettings.$inferSelect;

export interface SmtpServer {
  host: string;
  port: number;
  /** TLS from the first byte (465); otherwise STARTTLS when `requireTLS`, never when `ignoreTLS`. */
  secure: boolean;
  requireTLS: boolean;
  ignoreTLS: boolean;
  auth?: { user: string; pass: string };
}

export interface ImapServer {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string };
  folder: string;
}

export interface MailConfig {
  smtp: SmtpServer | null;
  imap: ImapServer | null;
  from: { address: string; name: string };
}

const keys = new Map<string, Buffer>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = scryptSync(secret, 'guichet-mail-settings', 32)));
  return key;
};

/** AES-256-GCM under `MAIL_SECRET_KEY`: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
export function encryptSecret(secret: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

/** The password, or null when it cannot be read (no key, another key, altered). */
export function decryptSecret(secret: string | undefined, stored: string | null): string | null {
  if (!secret || !stored) return null;
  const [v, iv, tag, data] = stored.split('.');
  if (v !== 'v1' || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export const isLoopback = (host: string) => host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

/**
 * `smtp://user:pass@host:587`, `smtps://…:465`. Over `smtp://`, STARTTLS is used when offered, and
 * required when a password is sent (outside loopback); `?tls=none` turns it off (a local relay),
 * `?tls=required` requires it.
 */
export function smtpFromUrl(url: string): SmtpServer {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  const tls = u.searchParams.get('tls');
  return {
    host: u.hostname,
    port: Number(u.port) || (secure ? 465 : 587),
    secure,
    requireTLS: tls === 'required' || (tls !== 'none' && !!u.username && !isLoopback(u.hostname)),
    ignoreTLS: tls === 'none',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
  };
}

/** `imap://user:pass@host:143/Folder`, `imaps://…:993`. */
export function imapFromUrl(url: string): ImapServer {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const folder = decodeURIComponent(u.pathname.replace(/^\/+/, '')) || 'INBOX';
  return { host: u.hostname, port: Number(u.port) || (secure ? 993 : 143), secure, auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }, folder };
}

/** `Name <address>` or `address`. */
export function parseFrom(value: string): { address: string; name: string } {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return m ? { name: m[1]!.replace(/^"|"$/g, '') || 'Guichet', address: m[2]!.trim() } : { name: 'Guichet', address: value.trim() };
}

export async function mailSettingsRow(db: Executor): Promise<MailSettingsRow> {
  const [row] = await db.select().from(mailSettings).where(eq(mailSettings.id, 1));
  return row!;
}

/**
 * The servers and the From address in effect: each from the environment when it is set there,
 * else from Administration → Courriels. A server is null when it is not set up (mails then wait
 * in the outbox; no mailbox is polled).
 */
export function effectiveMailConfig(config: Config, row: MailSettingsRow): MailConfig {
  const secret = config.mail.secretKey;
  let smtp: SmtpServer | null = null;
  if (config.mail.smtpUrl) smtp = smtpFromUrl(config.mail.smtpUrl);
  else if (row.smtpHost) {
    const pass = decryptSecret(secret, row.smtpPasswordEnc);
    smtp = {
      host: row.smtpHost,
      port: row.smtpPort ?? (row.smtpSecurity === 'tls' ? 465 : 587),
      secure: row.smtpSecurity === 'tls',
      requireTLS: row.smtpSecurity === 'starttls',
      ignoreTLS: row.smtpSecurity === 'none',
      auth: row.smtpUser ? { user: row.smtpUser, pass: pass ?? '' } : undefined,
    };
  }
  let imap: ImapServer | null = null;
  if (config.mail.imapUrl) imap = imapFromUrl(config.mail.imapUrl);
  else if (row.imapEnabled && row.imapHost && row.imapUser) {
    imap = {
      host: row.imapHost,
      port: row.imapPort ?? (row.imapTls ? 993 : 143),
      secure: row.imapTls,
      auth: { user: row.imapUser, pass: decryptSecret(secret, row.imapPasswordEnc) ?? '' },
      folder: row.imapFolder,
    };
  }
  const from = config.mail.from
    ? parseFrom(config.mail.from)
    : row.fromAddress
      ? { address: row.fromAddress, name: row.fromName || 'Guichet' }
      : { address: imap?.auth.user.includes('@') ? imap.auth.user : `guichet@${new URL(config.publicUrl).hostname || 'localhost'}`, name: row.fromName || 'Guichet' };
  return { smtp, imap, from };
}
