import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { ImapFlow } from 'imapflow';
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import { rows, type Db } from '../../../db/client.ts';
import { inboundMails, mailSettings } from '../../../db/schema.ts';
import { StreamTooLargeError, type FileStore } from '../../attachments/files.ts';
import { effectiveMailConfig, isLoopback, mailSettingsRow, type ImapServer } from '../mail-config.ts';
import { mailChecks, takeInMail, type InboundOutcome } from './process.ts';

/** This process, as the holder of the mailbox lease. */
const PROCESS_ID = randomUUID();
const LEASE_MS = 2 * 60_000;

export interface PollReport {
  taken: number;
  tickets: number;
  replies: number;
  quarantined: number;
  failed: number;
  duplicates: number;
}

/**
 * Hold the mailbox for this process, or learn that another process does (one poller at a time on
 * any number of processes and machines; a crashed holder's lease runs out in two minutes).
 */
async function takeLease(db: Db): Promise<boolean> {
  const got = await rows<{ id: number }>(
    db,
    sql`update mail_settings set poll_owner = ${PROCESS_ID}, poll_lease_until = now() + ${`${LEASE_MS} milliseconds`}::interval
        where id = 1 and (poll_owner = ${PROCESS_ID} or poll_lease_until is null or poll_lease_until < now()) returning id`,
  );
  return got.length > 0;
}

async function releaseLease(db: Db) {
  await db.execute(sql`update mail_settings set poll_lease_until = null where id = 1 and poll_owner = ${PROCESS_ID}`);
}

const imapClient = (imap: ImapServer) =>
  new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: imap.auth,
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60_000,
    // IDLE as soon as the session is free: imapflow waits 15 s after the last command by default,
    // and until IDLE the server announces no new mail (a mail 3 s after a pass waited 12 s)
    autoIdleDelay: 100,
    // a password never crosses the network in clear: without TLS from the start, STARTTLS is required (loopback aside)
    doSTARTTLS: imap.secure || isLoopback(imap.host) ? undefined : true,
  });

/**
 * Take in every message of the open mailbox above the bookmark, one at a time, oldest first: each
 * streamed into the file store (the raw .eml is kept), then turned into a ticket, an answer or a
 * quarantined mail — a mail that fails is set aside and the next one goes on. The bookmark moves
 * in each mail's transaction, so a crash takes nothing in twice (Message-IDs are unique besides).
 */
async function takeInNew(db: Db, config: Config, store: FileStore, client: ImapFlow, report: PollReport, log?: FastifyBaseLogger): Promise<void> {
  const box = client.mailbox;
  if (!box) return;
  let settings = await mailSettingsRow(db);
  const uidValidity = Number(box.uidValidity);
  if (settings.imapUidValidity !== uidValidity) {
    // a new mailbox (or one rebuilt by the server): start from its first message; Message-IDs keep it exactly once
    await db.update(mailSettings).set({ imapUidValidity: uidValidity, imapLastUid: 0 }).where(eq(mailSettings.id, 1));
    settings = await mailSettingsRow(db);
  }
  if (box.exists === 0) return;
  const listed: { uid: number; size: number }[] = [];
  for await (const m of client.fetch(`${settings.imapLastUid + 1}:*`, { uid: true, size: true }, { uid: true })) {
    if (m.uid > settings.imapLastUid) listed.push({ uid: m.uid, size: m.size ?? 0 });
  }
  listed.sort((a, b) => a.uid - b.uid);
  // \Seen for humans reading the mailbox, set in bulk (the bookmark, not the flag, is what counts)
  const seen: number[] = [];
  const flagSeen = async () => {
    if (seen.length) await client.messageFlagsAdd(seen.splice(0).join(','), ['\\Seen'], { uid: true }).catch(() => undefined);
  };
  /** One message into the file store: its raw file, or null when it is too large (or gone meanwhile). */
  const download = async ({ uid, size }: { uid: number; size: number }): Promise<{ key: string; sizeBytes: number } | 'too_large' | null> => {
    if (size > config.mail.maxBytes) return 'too_large';
    const message = await client.download(String(uid), undefined, { uid: true });
    if (!message?.content) return null; // deleted from the mailbox meanwhile
    try {
      return await store.saveStream(message.content, config.mail.maxBytes);
    } catch (err) {
      if (err instanceof StreamTooLargeError) return 'too_large';
      throw err;
    }
  };
  const checks = await mailChecks(db, config);
  let leaseAt = 0;
  // the next message downloads (IMAP) while this one is taken in (database): one ahead
  let next = listed.length ? download(listed[0]!) : null;
  try {
    for (const [i, { uid, size }] of listed.entries()) {
      const raw = await next;
      next = i + 1 < listed.length ? download(listed[i + 1]!) : null;
      // a long pass keeps the mailbox (renewed every 30 s: the lease lasts 2 minutes); if another process took it meanwhile, it goes on from here
      if (Date.now() - leaseAt > LEASE_MS / 4) {
        if (!(await takeLease(db))) {
          if (raw && raw !== 'too_large') await store.remove(raw.key);
          return;
        }
        leaseAt = Date.now();
      }
      if (raw === null) continue;
      let outcome: InboundOutcome;
      if (raw === 'too_large') outcome = await setAsideUnread(db, uid, uidValidity, 'too_large', `${size} bytes`);
      else {
        try {
          outcome = await takeInMail(db, config, store, { rawKey: raw.key, sizeBytes: raw.sizeBytes, uid, uidValidity }, new Date(), checks);
        } catch (err) {
          // even recording it failed: the bare facts, so the bookmark moves past it and the next mails come in
          outcome = await setAsideUnread(db, uid, uidValidity, 'error', (err as Error).message, raw);
        }
      }
      count(report, outcome);
      if (outcome.status !== 'duplicate') log?.info({ uid, ...outcome }, 'mail taken in');
      seen.push(uid);
      if (seen.length >= 50) await flagSeen();
    }
  } finally {
    // a pass cut short leaves no downloaded file behind
    const left = await next?.catch(() => null);
    if (left && left !== 'too_large') await store.remove(left.key);
    await flagSeen();
  }
}

/** A message recorded by its place in the mailbox only (too large to download, or not even recordable otherwise), set aside. */
async function setAsideUnread(db: Db, uid: number, uidValidity: number, reason: string, detail: string, raw?: { key: string; sizeBytes: number }): Promise<InboundOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(inboundMails)
      .values({
        messageId: `<uid.${uidValidity}.${uid}@${reason}.guichet>`,
        uid,
        uidValidity,
        status: 'failed',
        reason,
        detail: detail.replace(/\u0000/g, '').slice(0, 2000),
        rawKey: raw?.key ?? null,
        sizeBytes: raw?.sizeBytes ?? 0,
      })
      .onConflictDoNothing()
      .returning({ id: inboundMails.id });
    await tx.update(mailSettings).set({ imapLastUid: sql`greatest(${mailSettings.imapLastUid}, ${uid})` }).where(eq(mailSettings.id, 1));
    return row ? { status: 'failed', reason, inboundId: row.id } : { status: 'duplicate' };
  });
}

function count(report: PollReport, outcome: InboundOutcome) {
  report.taken++;
  if (outcome.status === 'ticket') report.tickets++;
  else if (outcome.status === 'reply') report.replies++;
  else if (outcome.status === 'quarantined') report.quarantined++;
  else if (outcome.status === 'failed') report.failed++;
  else report.duplicates++;
}

const emptyReport = (): PollReport => ({ taken: 0, tickets: 0, replies: 0, quarantined: 0, failed: 0, duplicates: 0 });

async function notePoll(db: Db, error: string | null) {
  await db.update(mailSettings).set({ lastPollAt: sql`now()`, lastPollError: error?.replace(/\u0000/g, '').slice(0, 1000) ?? null }).where(eq(mailSettings.id, 1));
}

/** One pass over the support mailbox (when one is set up and no other process holds it): connect, take in what is new, leave. */
export async function pollMailboxOnce(db: Db, config: Config, store: FileStore, log?: FastifyBaseLogger): Promise<PollReport> {
  const report = emptyReport();
  const imap = effectiveMailConfig(config, await mailSettingsRow(db)).imap;
  if (!imap || !(await takeLease(db))) return report;
  const client = imapClient(imap);
  client.on('error', () => undefined);
  try {
    await client.connect();
    const lock = await client.getMailboxLock(imap.folder);
    try {
      await takeInNew(db, config, store, client, report, log);
    } finally {
      lock.release();
    }
    await notePoll(db, null);
  } catch (err) {
    await notePoll(db, (err as Error).message);
    throw err;
  } finally {
    await client.logout().catch(() => undefined);
    await releaseLease(db);
  }
  return report;
}

/**
 * The mailbox poller of this process: holds the lease, keeps one IMAP connection open and waits
 * with IDLE (the server says when mail arrives; without IDLE, it looks every poll interval), takes
 * in what is new, reconnects after errors with growing pauses, and picks up new settings. Returns
 * a stop function.
 */
export function startMailboxPoller(db: Db, config: Config, store: FileStore, log: FastifyBaseLogger) {
  let stopped = false;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });
  /** One connection: take in, wait for news, again — until the lease, the settings or the connection end it. */
  const session = async (imap: ImapServer) => {
    const key = JSON.stringify(imap);
    const client = imapClient(imap);
    client.on('error', (err: Error) => log.warn({ err: err.message }, 'mailbox connection error'));
    try {
      await client.connect();
      await client.mailboxOpen(imap.folder);
      // new mail is announced (EXISTS) in the answers to a pass's own commands too: remembered for
      // the whole session, so that the wait after a pass does not sleep through it (it waited 60 s)
      let news = false;
      client.on('exists', () => (news = true));
      while (!stopped && client.usable) {
        news = false;
        const report = emptyReport();
        await takeInNew(db, config, store, client, report, log);
        await notePoll(db, null);
        if (report.taken > 0) log.info({ job: 'mailbox', ...report }, 'mailbox');
        if (!(await takeLease(db))) return;
        if (JSON.stringify(effectiveMailConfig(config, await mailSettingsRow(db)).imap) !== key) return;
        // new mail (EXISTS, pushed while IDLE) or the poll interval, whichever comes first
        if (news) continue;
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            client.off('exists', done);
            client.off('close', done);
            resolve();
          };
          const timer = setTimeout(done, Math.min(config.mail.pollIntervalMs, LEASE_MS / 2));
          client.once('exists', done);
          client.once('close', done);
          wake = done;
        });
      }
    } finally {
      await client.logout().catch(() => undefined);
    }
  };
  const run = async () => {
    let failures = 0;
    while (!stopped) {
      let delay = config.mail.pollIntervalMs;
      try {
        const imap = effectiveMailConfig(config, await mailSettingsRow(db)).imap;
        if (imap && (await takeLease(db))) {
          await session(imap);
          failures = 0;
          // the session ended on purpose (new settings, the connection closed): again soon
          delay = 1000;
        }
      } catch (err) {
        failures++;
        await notePoll(db, (err as Error).message).catch(() => undefined);
        log.warn({ err: (err as Error).message, failures }, 'mailbox poll failed');
      }
      // after errors, growing pauses (5 s to 5 min); otherwise the poll interval before looking again
      if (!stopped) await pause(failures > 0 ? Math.min(300_000, 5_000 * 2 ** Math.min(failures - 1, 6)) : delay);
    }
    await releaseLease(db).catch(() => undefined);
  };
  const running = run().catch((err) => log.error({ err }, 'mailbox poller stopped'));
  return async () => {
    stopped = true;
    wake();
    await running;
  };
}
