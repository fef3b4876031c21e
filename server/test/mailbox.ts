import { randomBytes } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';

/**
 * Sending and reading test mail (no test runner here: the server's tests and the browser journeys
 * both use it). The real Postfix (SMTP) and Dovecot (IMAP) started by `scripts/mail-servers.sh`: any
 * `<name>[+tag]@guichet.test` receives mail, and logs in to IMAP as `<name>@guichet.test`.
 */
export interface MailServers {
  smtpUrl: string;
  imapHost: string;
  imapPort: number;
  domain: string;
  password: string;
}

const variables = ['TEST_SMTP_URL', 'TEST_IMAP_URL', 'TEST_MAIL_DOMAIN', 'TEST_MAIL_PASSWORD'] as const;

/** The servers from the TEST_* variables; null when unset (local runs), a failure in CI like PostgreSQL. */
export function mailServers(): MailServers | null {
  const missing = variables.filter((name) => !process.env[name]);
  if (missing.length === variables.length && process.env.CI !== 'true') return null;
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} not set: run scripts/mail-servers.sh and export them (see .ci/run).`);
  }
  const imap = new URL(process.env.TEST_IMAP_URL!);
  return {
    smtpUrl: process.env.TEST_SMTP_URL!,
    imapHost: imap.hostname,
    imapPort: Number(imap.port || 143),
    domain: process.env.TEST_MAIL_DOMAIN!,
    password: process.env.TEST_MAIL_PASSWORD!,
  };
}

function servers(): MailServers {
  const found = mailServers();
  if (!found) throw new Error('No mail servers: wrap these tests in describeWithMail.');
  return found;
}

/** A fresh address per call, so tests (and parallel test files) never share a mailbox. */
export function newAddress(localPrefix: string): string {
  return `${localPrefix}-${randomBytes(4).toString('hex')}@${mailServers()?.domain ?? 'guichet.test'}`;
}

type Content = 'text' | 'html' | 'headers' | 'inReplyTo' | 'references' | 'attachments';
export type TestMail = Pick<SendMailOptions, Content> & {
  from: string;
  to: string | string[];
  subject?: string;
  /** A whole RFC 822 message, sent byte for byte (broken MIME, bounces…); other content fields are ignored. */
  raw?: Buffer | string;
};

/** Sends through Postfix and resolves with the Message-ID ('' for a raw message without one). */
export async function sendTestMail(mail: TestMail): Promise<string> {
  const smtp = new URL(servers().smtpUrl);
  // Postfix here has no certificate: plain SMTP on loopback.
  const port = Number(smtp.port || 25);
  const transport = nodemailer.createTransport({ host: smtp.hostname, port, secure: false, ignoreTLS: true });
  try {
    if (mail.raw !== undefined) {
      await transport.sendMail({ envelope: { from: mail.from, to: mail.to }, raw: mail.raw });
      const head = mail.raw.toString().split(/\r?\n\r?\n/, 1)[0]!;
      return /^message-id:\s*(<[^>]*>)/im.exec(head)?.[1] ?? '';
    }
    return (await transport.sendMail(mail)).messageId;
  } finally {
    transport.close();
  }
}

/** Every message in the INBOX of `address`, parsed; read-only, so \Seen flags stay as they were. */
export async function readMailbox(address: string): Promise<ParsedMail[]> {
  const { imapHost, imapPort, password } = servers();
  const auth = { user: address, pass: password };
  const client = new ImapFlow({ host: imapHost, port: imapPort, secure: false, auth, logger: false });
  await client.connect();
  try {
    const inbox = await client.mailboxOpen('INBOX', { readOnly: true });
    if (inbox.exists === 0) return []; // FETCH 1:* on an empty mailbox is an error
    const messages = await client.fetchAll('1:*', { source: true });
    return await Promise.all(messages.map((m) => simpleParser(m.source!)));
  } finally {
    await client.logout();
  }
}

/** Polls the mailbox until `count` messages match; resolves with them, or throws with what was there. */
export async function waitForMail(
  address: string,
  predicate: (mail: ParsedMail) => boolean = () => true,
  { timeoutMs = 20_000, count = 1 }: { timeoutMs?: number; count?: number } = {},
): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await readMailbox(address);
    const matching = all.filter(predicate);
    if (matching.length >= count) return matching;
    if (Date.now() > deadline) {
      const seen = all.map((m) => `\n  ${m.messageId ?? '(no Message-ID)'} "${m.subject ?? ''}"`).join('');
      throw new Error(`${address}: ${matching.length}/${count} matching after ${timeoutMs} ms; inbox:${seen || ' empty'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250)); // delivery takes ms; don't hammer Dovecot
  }
}
