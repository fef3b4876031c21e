import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import type { mailOutbox } from '../../db/schema.ts';
import { claimDue, failInterrupted, markAttemptFailed, markDelivered } from '../../lib/outbox.ts';
import { plusAddress } from './links.ts';
import { effectiveMailConfig, mailSettingsRow, type MailConfig, type SmtpServer } from './mail-config.ts';

type OutboxRow = { [K in keyof typeof mailOutbox.$inferSelect as SnakeCase<K & string>]: (typeof mailOutbox.$inferSelect)[K] };
type SnakeCase<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SnakeCase<T>}` : S;

/**
 * A batch is a few mails per SMTP connection of the pool, so that even against a slow server
 * (60 s socket timeout each) it ends well within its lease.
 */
const MAX_CONNECTIONS = 4;
const BATCH = MAX_CONNECTIONS * 4;
const LEASE_MS = 10 * 60_000;

/** Cached per server settings: a pool of SMTP connections, rebuilt when the settings change. */
let transport: { key: string; transporter: Transporter } | null = null;

export function smtpTransport(smtp: SmtpServer): Transporter {
  const key = JSON.stringify(smtp);
  if (transport?.key !== key) {
    transport?.transporter.close();
    transport = {
      key,
      transporter: nodemailer.createTransport({
        ...smtp,
        pool: true,
        maxConnections: MAX_CONNECTIONS,
        maxMessages: 500,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      }),
    };
  }
  return transport.transporter;
}

/** A server's 5xx answer is final; a 4xx or a connection that failed is worth trying again. */
function failureOf(err: unknown): { error: string; response: string | null; permanent: boolean } {
  const e = err as { message?: string; response?: string; responseCode?: number; code?: string };
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
  return { error: e.message ?? String(err), response: e.response ?? null, permanent };
}

export interface SendReport {
  sent: number;
  retried: number;
  failed: number;
  interrupted: number;
}

/**
 * Send what is due, batch after batch until nothing is left: each row claimed by one process only,
 * sent, and marked sent, to be tried again later, or failed with the server's answer. With no SMTP
 * server set up nothing is claimed: mails wait, visible in Administration → Courriels.
 */
export async function sendDueMails(db: Db, config: Config, log?: FastifyBaseLogger): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0, interrupted: await failInterrupted(db, 'mail_outbox') };
  const mail = effectiveMailConfig(config, await mailSettingsRow(db));
  if (!mail.smtp) return report;
  const transporter = smtpTransport(mail.smtp);
  for (;;) {
    const batch = await claimDue<OutboxRow>(db, 'mail_outbox', BATCH, LEASE_MS);
    if (batch.length === 0) return report;
    await Promise.all(
      batch.map(async (row) => {
        try {
          const info = await transporter.sendMail(message(mail, row));
          await markDelivered(db, 'mail_outbox', row.id, info.response ?? null);
          report.sent++;
        } catch (err) {
          const outcome = await markAttemptFailed(db, 'mail_outbox', row, failureOf(err));
          report[outcome === 'retry' ? 'retried' : 'failed']++;
          log?.warn({ mailId: row.id, attempts: row.attempts, outcome, err: (err as Error).message }, 'mail not sent');
        }
      }),
    );
    if (batch.length < BATCH) return report;
  }
}

/** The message as sent: From and Reply-To from the settings in effect now, the rest as rendered. */
export function message(mail: MailConfig, row: Pick<OutboxRow, 'to_email' | 'to_name' | 'subject' | 'text_body' | 'html_body' | 'message_id' | 'headers' | 'reply_tag'>) {
  return {
    from: { name: mail.from.name, address: mail.from.address },
    to: { name: row.to_name ?? '', address: row.to_email },
    // a contact's answer goes to the signed address of its ticket, when a mailbox takes answers in
    replyTo: row.reply_tag && mail.imap ? plusAddress(mail.from.address, row.reply_tag) : undefined,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    messageId: row.message_id,
    headers: row.headers,
  };
}

/** Runs `sendDueMails` every `intervalMs` in this process; returns a stop function. */
export function startOutboxSender(db: Db, config: Config, log: FastifyBaseLogger) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sendDueMails(db, config, log)
      .then((r) => {
        if (r.sent + r.failed + r.retried + r.interrupted > 0) log.info({ job: 'mail-outbox', ...r }, 'mail outbox');
      })
      .catch((err) => log.error({ err, job: 'mail-outbox' }, 'mail outbox failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, config.mail.sendIntervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    transport?.transporter.close();
    transport = null;
  };
}
