// The mail bench, `npm run bench -- --mail [--db pglite|postgres] [--tickets N] [--mails 1000] [--connections 4] [--duration 10]`:
// the real server sends and takes in mail through the real Postfix (SMTP) and Dovecot (IMAP) of
// scripts/mail-servers.sh; the bench times it from the outside (the outbox counts over HTTP, the
// mailboxes over IMAP STATUS), then reads the database once the server has stopped.
//   1. every person of the run's copy gets an address in the run's mailboxes (<run>-clients+c<n>@,
//      <run>-staff+<login>@), so that nothing bounces back into the support mailbox;
//   2. every incoming mail goes through Postfix into a staging mailbox first, then into folders of
//      the support mailbox (off the INBOX the server watches);
//   3. outgoing: agent replies over HTTP queue the mails, with no SMTP server (then due at one
//      moment after a restart with SMTP_URL), and again while the sender runs;
//   4. incoming: a folder moved into the INBOX at once (IMAP MOVE), alone, under the ticket list
//      paced at half its most, under the list as fast as answered;
//   5. the latency of one mail, after a pass of the poller and during one.
// See docs/performance.md, « Mail ».
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { repoRoot } from '../server/src/config.ts';
import { rows, type Db } from '../server/src/db/client.ts';
import { jobs } from '../server/src/jobs/scheduler.ts';
import { benchDir, pickFixtures, preparePglite, preparePostgres, type Target } from './database.ts';
import { benchEnv, load, signIn, startServer, type LoadResult, type Server } from './http.ts';
import { ACCOUNTS, scenarios, type Fixtures, type Scenario } from './scenarios.ts';
import { summary } from './stats.ts';

type Log = (msg: string) => void;

export interface MailBenchOptions {
  db: 'pglite' | 'postgres';
  tickets: number;
  /** Mails per measure (outgoing twice, incoming three times). */
  mails: number;
  /** Connections of the ticket list's load as fast as answered. */
  connections: number;
  /** Seconds of each idle measure of the list. */
  duration: number;
  stamp: string;
  log: Log;
  /** PostgreSQL: the mail workers in a second server process (MAIL_WORKERS=false on the one that answers HTTP), at this nice(1) level (0: the same priority). */
  workerProcess?: { nice: number };
}

/** The mail servers: the TEST_* variables of server/test/mail-servers.ts, else scripts/mail-servers.sh's defaults. */
const SERVERS = (() => {
  const smtp = new URL(process.env.TEST_SMTP_URL ?? 'smtp://127.0.0.1:25');
  const imap = new URL(process.env.TEST_IMAP_URL ?? 'imap://127.0.0.1:143');
  const domain = process.env.TEST_MAIL_DOMAIN ?? 'guichet.test';
  return {
    smtp: { host: smtp.hostname, port: Number(smtp.port || 25) },
    imap: { host: imap.hostname, port: Number(imap.port || 143) },
    domain,
    password: process.env.TEST_MAIL_PASSWORD ?? 'guichet-test',
    /** Where Dovecot keeps the Maildirs (to delete the run's at the end). */
    maildirs: process.env.BENCH_MAILDIRS ?? `/var/mail/vhosts/${domain}`,
  };
})();

/** A LOOP_MAILS_PER_HOUR (30) guard of the server quarantines more from one sender in an hour: the bench stays below. */
const MAX_MAILS_PER_SENDER = 25;
/** Concurrent HTTP replies that queue the outgoing mails. */
const REPLY_CONNECTIONS = 4;
const BACKLOG_FOLDER = 'bench-backlog';
/** The pass a single mail arrives during (measure 5). */
const LATENCY_BATCH = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
const seconds = (from: number, to: number) => (to - from) / 1000;

// ── Mailboxes ──────────────────────────────────────────────────────────────────────────────────

/** A mailbox of the run on Dovecot: `<name>@domain`, plus-addresses `<name>+tag@domain` land in it. */
class Mailbox {
  private client: ImapFlow | undefined;
  constructor(readonly name: string) {}
  get address() {
    return `${this.name}@${SERVERS.domain}`;
  }
  plus(tag: string) {
    return `${this.name}+${tag}@${SERVERS.domain}`;
  }
  /** A new IMAP session of this mailbox's owner. */
  async session(): Promise<ImapFlow> {
    const client = new ImapFlow({
      host: SERVERS.imap.host,
      port: SERVERS.imap.port,
      secure: false,
      doSTARTTLS: false,
      auth: { user: this.address, pass: SERVERS.password },
      logger: false,
    });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }
  /** Messages and unseen ones in a folder (STATUS: the folder is not selected, the server's session keeps its own view). */
  async status(folder = 'INBOX'): Promise<{ messages: number; unseen: number }> {
    if (!this.client?.usable) this.client = await this.session();
    const s = await this.client.status(folder, { messages: true, unseen: true });
    return { messages: s ? (s.messages ?? 0) : 0, unseen: s ? (s.unseen ?? 0) : 0 };
  }
  async close() {
    await this.client?.logout().catch(() => undefined);
    this.client = undefined;
  }
  remove() {
    fs.rmSync(path.join(SERVERS.maildirs, this.name), { recursive: true, force: true });
  }
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 900_000, everyMs = 100): Promise<number> {
  const deadline = now() + timeoutMs;
  for (;;) {
    if (await check()) return now();
    if (now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

// ── What the bench sends in ────────────────────────────────────────────────────────────────────

interface IncomingMail {
  kind: 'new' | 'reply';
  from: { name: string; address: string };
  subject: string;
  text: string;
}

const REQUESTS = [
  ['Imprimante hors ligne au 2e étage', "Depuis ce matin l'imprimante du 2e étage n'apparaît plus sur le réseau. Les postes du service affichent « hors ligne »."],
  ['Impossible de me connecter au VPN', 'Le client VPN refuse la connexion avec le message « échec de l’authentification » alors que mon mot de passe fonctionne ailleurs.'],
  ['Les pièces jointes ne partent plus', 'Depuis hier, mes courriels avec une pièce jointe restent dans la boîte d’envoi. Sans pièce jointe, tout part normalement.'],
  ['Poste très lent depuis la mise à jour', 'Depuis la mise à jour de mardi, mon poste met dix minutes à démarrer et les applications se figent régulièrement.'],
  ['Compte pour une nouvelle collaboratrice', 'Une nouvelle collaboratrice arrive lundi au service comptable : pouvez-vous lui créer un compte et une adresse ?'],
  ['Partage réseau « Compta » inaccessible', 'Le lecteur réseau de la comptabilité demande un mot de passe puis refuse l’accès, pour tout le service.'],
] as const;

const REPLY =
  'Bonjour,\n\nJe viens de réessayer après le redémarrage : le message revient toujours, au même moment.\nJe reste disponible cet après-midi si vous voulez prendre la main sur le poste.\n\nCordialement,';

function newRequest(from: { name: string; address: string }, tag: string, i: number): IncomingMail {
  const [subject, body] = REQUESTS[i % REQUESTS.length]!;
  return { kind: 'new', from, subject: `${subject} (${tag})`, text: `Bonjour,\n\n${body}\n\nPouvez-vous regarder rapidement ? Merci d'avance.\n\nCordialement,\n${from.name}` };
}

function reply(from: { name: string; address: string }, ticket: { number: number; subject: string }, support: string): IncomingMail {
  const quoted = `Le 2 déc. 2026 à 10:12, Support Guichet <${support}> a écrit :\n> Bonjour, pouvez-vous redémarrer le poste et nous dire si le message revient ?\n> Cordialement, le support`;
  return { kind: 'reply', from, subject: `RE: [#${ticket.number}] ${ticket.subject}`, text: `${REPLY}\n${from.name}\n\n${quoted}` };
}

const asHtml = (text: string) =>
  `<html><body>${text
    .split('\n\n')
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\n', '<br>')}</p>`)
    .join('')}</body></html>`;

/** Sends through Postfix (SMTP, 4 connections) as mail clients would: text and HTML. */
async function sendThroughPostfix(mails: IncomingMail[], to: string) {
  const transport = nodemailer.createTransport({ host: SERVERS.smtp.host, port: SERVERS.smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4, maxMessages: Infinity });
  try {
    await Promise.all(mails.map((m) => transport.sendMail({ from: m.from, to, subject: m.subject, text: m.text, html: asHtml(m.text), date: new Date() })));
  } finally {
    transport.close();
  }
}

// ── The run's data ─────────────────────────────────────────────────────────────────────────────

interface Plan {
  /** Tickets to answer over HTTP (one agent reply each), in order; `mailsPerReply` the recipients each makes. */
  replyTickets: { id: string; recipients: number }[];
  /** The incoming batches (alone, under the list paced, under the list as fast as answered): half new requests, half answers, alternating. */
  incoming: [IncomingMail[], IncomingMail[], IncomingMail[]];
  /** For the latency of one mail: a small batch, and two single new requests. */
  latency: { batch: IncomingMail[]; singles: [IncomingMail, IncomingMail] };
  senders: number;
  ticketsAnswered: number;
}

/**
 * Every person of the copy gets an address in the run's mailboxes (so nothing is sent to the
 * seeded addresses, which Postfix would bounce back into the support mailbox): staff
 * `<run>-staff+<login>@`, contacts `<run>-clients+c<n>@`. The seed's queued mails are dropped and the
 * server's background jobs caught up, so that the server queues only what the bench asks of it.
 */
async function prepareData(db: Db, target: Target, box: { staff: Mailbox; clients: Mailbox; support: Mailbox }, mails: number, runTag: string, log: Log): Promise<Plan> {
  const filesDir = target.serverEnv.FILES_DIR ?? path.join(target.serverEnv.DATA_DIR!, 'files');
  for (const job of jobs(filesDir).filter((j) => j.name !== 'purge-unattached-uploads')) {
    const done = await job.run(db, new Date());
    if (done) log(`  caught up job ${job.name}: ${done}`);
  }
  await db.execute(sql`delete from mail_outbox`);
  const domain = `@${SERVERS.domain}`;
  await db.execute(sql`update users set email = ${`${box.staff.name}+`} || split_part(email, '@', 1) || ${domain} where role in ('admin', 'agent')`);
  await db.execute(
    sql`update contacts c set email = ${`${box.clients.name}+c`} || x.n || ${domain} from (select id, row_number() over (order by id) as n from contacts) x where x.id = c.id`,
  );

  // outgoing: open tickets, each reply mails the client's people on it (requester, copies, contacts who wrote)
  const tickets = await rows<{ id: string; recipients: number }>(
    db,
    sql`select t.id, (select count(*) from contacts c where c.client_id = t.client_id and c.id in (
            select t.requester_contact_id
            union select cc.contact_id from ticket_cc cc where cc.ticket_id = t.id
            union select m.author_contact_id from messages m where m.ticket_id = t.id and m.author_contact_id is not null
            union select c2.id from messages m join contacts c2 on c2.user_id = m.author_id where m.ticket_id = t.id
            union select c3.id from contacts c3 where c3.user_id = t.requester_id))::int as recipients
        from tickets t where t.status in ('open', 'in_progress') order by md5(t.id::text)`,
  );
  const answerable = tickets.filter((t) => t.recipients > 0);
  if (answerable.length === 0) throw new Error('no open ticket with a contact to answer');
  const replyTickets: Plan['replyTickets'] = [];
  for (let i = 0, n = 0; n < mails; i++) {
    const t = answerable[i % answerable.length]!;
    replyTickets.push(t);
    n += t.recipients;
  }

  // incoming: contacts of active clients write new requests; requesters (on the ticket, as the server asks) answer theirs by [#number]
  const senders = await rows<{ id: string; email: string; name: string }>(
    db,
    sql`select c.id, c.email, c.name from contacts c join clients k on k.id = c.client_id where k.active order by md5(c.id::text)`,
  );
  const answers = await rows<{ id: string; email: string; name: string; number: number; subject: string }>(
    db,
    sql`select c.id, c.email, c.name, t.number, t.subject from tickets t join contacts c on c.id = t.requester_contact_id join clients k on k.id = t.client_id
        where t.status in ('open', 'in_progress', 'resolved') and k.active order by md5(t.id::text)`,
  );
  const used = new Map<string, number>();
  const take = <T extends { id: string }>(list: T[], cursor: { at: number }): T => {
    for (let tries = 0; tries < list.length; tries++) {
      const p = list[cursor.at++ % list.length]!;
      if ((used.get(p.id) ?? 0) < MAX_MAILS_PER_SENDER) {
        used.set(p.id, (used.get(p.id) ?? 0) + 1);
        return p;
      }
    }
    throw new Error(`not enough contacts to send ${mails} × 3 mails, at most ${MAX_MAILS_PER_SENDER} each`);
  };
  const s = { at: 0 };
  const a = { at: 0 };
  const answered = new Set<number>();
  const batch = (phase: number, length = mails) =>
    Array.from({ length }, (_, i) => {
      if (i % 2 === 0) {
        const c = take(senders, s);
        return newRequest({ name: c.name, address: c.email }, `${runTag}-${phase}-${i}`, i / 2);
      }
      const t = take(answers, a);
      answered.add(t.number);
      return reply({ name: t.name, address: t.email }, t, box.support.address);
    });
  const incoming: Plan['incoming'] = [batch(1), batch(2), batch(3)];
  const latency = { batch: batch(4, LATENCY_BATCH), singles: [1, 2].map((k) => {
      const c = take(senders, s);
      return newRequest({ name: c.name, address: c.email }, `${runTag}-single-${k}`, k);
    }) as [IncomingMail, IncomingMail] };
  return { replyTickets, incoming, latency, senders: used.size, ticketsAnswered: answered.size };
}

// ── Measures ───────────────────────────────────────────────────────────────────────────────────

type Counts = { queued: number; sending: number; sent: number; failed: number };
const total = (c: Counts) => c.queued + c.sending + c.sent + c.failed;

async function outboxCounts(url: string, adminCookie: string): Promise<Counts> {
  const res = await fetch(`${url}/api/mail/outbox?limit=1`, { headers: { cookie: `guichet_session=${adminCookie}` } });
  if (!res.ok) throw new Error(`GET /api/mail/outbox: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { counts: Counts }).counts;
}

/** Agent replies over HTTP, `REPLY_CONNECTIONS` at a time: each queues a mail to each of the client's people on the ticket. */
async function postReplies(url: string, cookie: string, ticketIds: string[]) {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (next < ticketIds.length) {
      const id = ticketIds[next++]!;
      const res = await fetch(`${url}/api/tickets/${id}/messages`, {
        method: 'POST',
        headers: { cookie: `guichet_session=${cookie}`, origin: url, 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'Bonjour, pouvez-vous redémarrer le poste et nous dire si le message revient ? Cordialement, le support' }),
      });
      if (!res.ok) {
        errors++;
        firstError ??= `${res.status} ${await res.text()}`;
      } else await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: REPLY_CONNECTIONS }, worker));
  return { errors, firstError };
}

/** What the report needs of a run of the list, closed (autocannon) or paced. */
export type ListResult = Pick<LoadResult, 'requestsPerSecond' | 'p50' | 'p95' | 'p99' | 'errors' | 'seconds'> & { statuses: Record<string, number> };

/**
 * The scenario's request at a steady pace: one every 1/rate s whether or not the previous ones have
 * answered (users do not wait for each other), for `secondsAtMost` or until `until` resolves;
 * `onStart` is called as the first is sent. (autocannon's own rate limit sends each second's
 * requests in one burst, which measures a queue rather than a pace.)
 */
export async function paced(
  url: string,
  scenario: Scenario,
  fixtures: Fixtures,
  cookie: string,
  rate: number,
  secondsAtMost: number,
  options: { until?: Promise<unknown>; onStart?: () => void } = {},
): Promise<ListResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  const end = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, secondsAtMost * 1000);
    const stop = () => (clearTimeout(timer), resolve());
    void options.until?.then(stop, stop);
  }).then(() => void (stopped = true));
  const t0 = now();
  options.onStart?.();
  for (let i = 0; !stopped; i++) {
    const wait = t0 + (i * 1000) / rate - now();
    if (wait > 0) await Promise.race([sleep(wait), end]);
    if (stopped) break;
    const r = scenario.request(fixtures, i);
    const one = (async () => {
      const sent = now();
      try {
        const res = await fetch(`${url}${r.path}`, {
          method: r.method,
          headers: { cookie: `guichet_session=${cookie}`, origin: url, ...(r.body !== undefined && { 'content-type': 'application/json' }) },
          body: r.body === undefined ? undefined : JSON.stringify(r.body),
        });
        await res.arrayBuffer();
        times.push(now() - sent);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      } catch {
        statuses.socketErrors = (statuses.socketErrors ?? 0) + 1;
      }
    })();
    inFlight.add(one);
    void one.finally(() => inFlight.delete(one));
  }
  const windowSeconds = seconds(t0, now());
  await Promise.all(inFlight);
  const errors = Object.entries(statuses).reduce((n, [k, c]) => (k.startsWith('2') ? n : n + c), 0);
  const { p50, p95, p99 } = summary(times);
  return { requestsPerSecond: times.length / windowSeconds, p50, p95, p99, errors, seconds: windowSeconds, statuses };
}

/** Busy share of the machine's CPUs and of one core for the server's processes, between two samples. */
function cpuSampler(...servers: (Server | undefined)[]) {
  const ticks = () => servers.reduce((n, s) => n + (s ? s.cpuTicks() : 0), 0);
  const machine = () => {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + (f[4] ?? 0);
    return { busy: f.reduce((x, y) => x + y, 0) - idle, all: f.reduce((x, y) => x + y, 0) };
  };
  const m0 = machine();
  const s0 = ticks();
  const t0 = now();
  return () => {
    const m1 = machine();
    const ticksPerSecond = 100; // USER_HZ
    return {
      /** % of all the machine's CPUs busy (server, database, Postfix, Dovecot, the bench). */
      machinePercent: Math.round((100 * (m1.busy - m0.busy)) / Math.max(1, m1.all - m0.all)),
      /** % of one core used by the server's process (PGlite included). */
      serverPercent: Math.round((100 * (ticks() - s0)) / ticksPerSecond / Math.max(0.001, seconds(t0, now()))),
    };
  };
}

/**
 * Until the server is idle (its process and, on PostgreSQL, the run's database), as between the
 * HTTP bench's runs, and the machine too (PostgreSQL's autovacuum after a thousand mails, Postfix,
 * Dovecot): under 15 % of its CPUs busy (at most 2 minutes).
 */
async function quiet(server: Server, target: Target, worker?: Server) {
  const machine = () => {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3]! + (f[4] ?? 0), all: f.reduce((x, y) => x + y, 0) };
  };
  const cpu = () => server.cpuTicks() + (worker?.cpuTicks() ?? 0);
  let ticks = cpu();
  let m = machine();
  const t0 = now();
  for (let calm = 0; calm < 2 && now() - t0 < 120_000; ) {
    await sleep(300);
    const t = cpu();
    const m1 = machine();
    const busy = 1 - (m1.idle - m.idle) / Math.max(1, m1.all - m.all);
    calm = t - ticks <= 2 && busy < 0.15 && (await target.activeQueries()) === 0 ? calm + 1 : 0;
    ticks = t;
    m = m1;
  }
}

type Cpu = { machinePercent: number; serverPercent: number };

export interface OutgoingResult {
  how: string;
  replies: number;
  replyErrors: number;
  mails: number;
  /** Seconds the agent replies took over HTTP (each queues the mails of its ticket's people). */
  repliesSeconds: number;
  /** Seconds from `from` until every row is `sent`, and until Dovecot holds them all. */
  sentSeconds: number;
  deliveredSeconds: number;
  from: string;
  failed: number;
  cpu: Cpu;
}

/** A batch of incoming mail moved into the support INBOX at once, with the list loaded or not. */
export interface BacklogRun {
  mails: number;
  /** The list meanwhile (null: no load) and its p95 ÷ the idle one's. */
  load: ListResult | null;
  ratio: number | null;
  /** Mails taken in while the load ran. */
  takenDuringLoad: number;
  cpu: Cpu;
  /** From the move: the first mail taken in (\Seen), all of them, all the mails they queued sent. */
  firstSeconds: number;
  takenSeconds: number;
  notificationsSentSeconds: number;
  /** Mails the server queued meanwhile (acknowledgements to contacts, notifications to staff). */
  notifications: number;
}

type Measure = 'incoming' | 'atRate' | 'saturated' | 'latency';

export interface MailBenchResult {
  date: string;
  machine: { cpu: string; cpus: number; memoryGb: number; node: string; os: string; loadAverage: { atStart: number; atEnd: number } };
  database: { kind: 'pglite' | 'postgres'; source: string; tickets: number };
  options: { mails: number; connections: number; duration: number; workerProcess: { nice: number } | null };
  mailboxes: string[];
  plan: { replies: number; expectedOutgoing: number; senders: number; ticketsAnswered: number };
  /** Postfix → Dovecot: every incoming mail of the run sent into the staging mailbox (before any measure). */
  staging: { mails: number; seconds: number };
  outgoing: { backlog: OutgoingResult; live: OutgoingResult };
  /** Batch 1, no load. */
  incoming: BacklogRun;
  list: {
    /** The list alone, each connection sending as soon as answered. */
    idle: LoadResult;
    /** Half that throughput, paced (`paced`). */
    rate: number;
    idleAtRate: ListResult;
  };
  /** Batch 2 under the list at `list.rate`. */
  atRate: BacklogRun;
  /** Batch 3 under the list as fast as answered (at most max(60 s, 3 × duration) of load, then the rest without). */
  saturated: BacklogRun;
  /** Seconds from sending one mail through Postfix until the server took it in: 3 s after a pass of the poller, and 1 s into a pass of `passMails`. */
  latency: { afterPassSeconds: number; duringPassSeconds: number; passMails: number };
  /** From the database once the server stopped. */
  fromDatabase: {
    outbox: { kind: string; status: string; n: number }[];
    /** What the mails of each batch became. */
    inbound: { measure: Measure; status: string; reason: string | null; n: number }[];
    /** The server's own pace, from its timestamps: mails a second between the first and the last. */
    sendRate: { backlog: number | null; live: number | null };
    takeInRate: Record<Exclude<Measure, 'latency'>, number | null>;
  };
  serverLogs: string[];
}

// ── The run ────────────────────────────────────────────────────────────────────────────────────

export async function runMailBench(o: MailBenchOptions): Promise<MailBenchResult> {
  const { log } = o;
  const loadAtStart = os.loadavg()[0]!;
  const run = `gb${Date.now().toString(36)}`;
  const box = { support: new Mailbox(`${run}-support`), clients: new Mailbox(`${run}-clients`), staff: new Mailbox(`${run}-staff`), staging: new Mailbox(`${run}-staging`) };
  const boxes = Object.values(box);
  const logs: string[] = [];
  let target: Target | undefined;
  let server: Server | undefined;
  let worker: Server | undefined;
  const mover: { client?: ImapFlow } = {};
  try {
    log(`mail: ${o.db}, ${o.tickets} tickets, ${o.mails} mails a measure; mailboxes ${boxes.map((b) => b.name).join(', ')} on ${SERVERS.domain}`);
    target = o.db === 'pglite' ? await preparePglite(o.tickets, false, log) : await preparePostgres(o.tickets, log);
    const t = target;

    // ── 1. the data: addresses in the run's mailboxes, the plan ──
    const database = await t.open();
    let plan: Plan;
    let fixtures: Fixtures;
    try {
      await database.migrate();
      plan = await prepareData(database.db, t, box, o.mails, run, log);
      fixtures = await pickFixtures(database.db);
    } finally {
      await database.close();
    }
    const expectedOutgoing = plan.replyTickets.reduce((n, r) => n + r.recipients, 0);
    log(`  ${plan.replyTickets.length} replies to make ${expectedOutgoing} mails; 3 × ${o.mails} incoming from ${plan.senders} contacts (answers on ${plan.ticketsAnswered} tickets)`);

    // ── 2. every incoming mail through Postfix into a staging mailbox, then into folders of the support mailbox ──
    const batches = [...plan.incoming, plan.latency.batch];
    const incomingMails = batches.flat();
    log(`staging: ${incomingMails.length} mails through Postfix into ${box.staging.address}`);
    let t0 = now();
    await sendThroughPostfix(incomingMails, box.staging.address);
    await waitUntil('Dovecot to hold the staged mails', async () => (await box.staging.status()).messages >= incomingMails.length);
    const staging = { mails: incomingMails.length, seconds: seconds(t0, now()) };
    log(`  in Dovecot in ${staging.seconds.toFixed(1)} s (${(staging.mails / staging.seconds).toFixed(0)} mails/s through Postfix and dovecot-lda); into ${batches.length} folders of ${box.support.address}`);
    const sources: Buffer[] = [];
    const stagingSession = await box.staging.session();
    try {
      await stagingSession.mailboxOpen('INBOX', { readOnly: true });
      for await (const m of stagingSession.fetch('1:*', { source: true })) sources.push(m.source!);
    } finally {
      await stagingSession.logout().catch(() => undefined);
    }
    mover.client = await box.support.session();
    const folders = batches.map((_, k) => `${BACKLOG_FOLDER}-${k + 1}`);
    let at = 0;
    for (const [k, folder] of folders.entries()) {
      await mover.client.mailboxCreate(folder);
      for (const source of sources.slice(at, (at += batches[k]!.length))) await mover.client.append(folder, source);
    }

    const env = {
      ...t.serverEnv,
      ...benchEnv,
      MAIL_FROM: `Support Guichet <${box.support.address}>`,
      PUBLIC_URL: 'http://guichet.bench.test',
      MAIL_SEND_INTERVAL_MS: '100',
      // BENCH_SERVER_LOG_LEVEL=info: a line per mail taken in (and per request) in the server's log
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
      // BENCH_CPU_PROFILE=1: a V8 CPU profile of each server start, in .tmp/bench/profile-<stamp>/ (open it in Chrome's DevTools)
      ...(process.env.BENCH_CPU_PROFILE && {
        NODE_OPTIONS: `--import ${path.join(repoRoot, 'bench', 'cpu-profile.mjs')}`,
        BENCH_CPU_PROFILE_DIR: path.join(benchDir, `profile-${o.stamp}`),
      }),
      IMAP_URL: `imap://${encodeURIComponent(box.support.address)}:${encodeURIComponent(SERVERS.password)}@${SERVERS.imap.host}:${SERVERS.imap.port}/INBOX`,
    };
    const smtp = { SMTP_URL: `smtp://${SERVERS.smtp.host}:${SERVERS.smtp.port}?tls=none` };
    const accounts = { admin: box.staff.plus(ACCOUNTS.admin.split('@')[0]!), agent: box.staff.plus(ACCOUNTS.agent.split('@')[0]!) };
    const logFile = () => {
      const file = path.join(benchDir, `server-${o.stamp}-mail-${logs.length + 1}.log`);
      logs.push(path.relative(repoRoot, file));
      return file;
    };
    const start = async (withSmtp: boolean) => {
      const e = withSmtp ? { ...env, ...smtp } : env;
      const s = await startServer(o.workerProcess ? { ...e, MAIL_WORKERS: 'false' } : e, logFile());
      if (o.workerProcess && withSmtp) worker = await startServer({ ...e, MAIL_WORKERS: 'true' }, logFile(), { nice: o.workerProcess.nice });
      const cookies = await signIn(s.url, accounts);
      return { s, admin: cookies.get('admin')!, agent: cookies.get('agent')! };
    };
    const boundaries = {} as Record<'backlogSend' | 'liveSend' | 'latency' | Measure, Date>;
    const replyIds = plan.replyTickets.map((r) => r.id);

    // ── 3a. outgoing: queued by replies while no SMTP server is set, then due at one moment ──
    boundaries.backlogSend = new Date();
    let started = await start(false);
    server = started.s;
    log(`outgoing (backlog): ${replyIds.length} agent replies over HTTP, no SMTP server yet`);
    t0 = now();
    let replied = await postReplies(started.s.url, started.agent, replyIds);
    const queueSeconds = seconds(t0, now());
    const queued = total(await outboxCounts(started.s.url, started.admin));
    log(`  ${queued} mails queued in ${queueSeconds.toFixed(1)} s (${(queued / queueSeconds).toFixed(0)} mails/s, ${replied.errors} errors${replied.firstError ? `: ${replied.firstError}` : ''})`);
    await server.stop();
    server = undefined;
    // due at one moment, after the next start: the sender finds them all at once, the timing starts there
    const due = Date.now() + 20_000;
    const dueDb = await t.open();
    try {
      await dueDb.db.execute(sql`update mail_outbox set next_attempt_at = ${new Date(due).toISOString()}::timestamptz where status = 'queued'`);
    } finally {
      await dueDb.close();
    }
    started = await start(true);
    server = started.s;
    const { admin, agent } = started;
    const url = started.s.url;
    const serverUp = now();
    if (Date.now() > due) log(`  the server answered ${((Date.now() - due) / 1000).toFixed(1)} s after the mails were due: the figure includes part of its start`);
    const inClients0 = (await box.clients.status()).messages;
    await sleep(due - Date.now());
    t0 = now();
    let cpu = cpuSampler(server, worker);
    const sentAt = await waitUntil('the outbox to be sent', async () => {
      const c = await outboxCounts(url, admin);
      return c.queued + c.sending === 0;
    });
    let counts = await outboxCounts(url, admin);
    const deliveredAt = await waitUntil('Dovecot to hold every mail sent', async () => (await box.clients.status()).messages >= inClients0 + counts.sent);
    const backlogSend: OutgoingResult = {
      how: 'queued by agent replies over HTTP with no SMTP server set; the server restarted with SMTP_URL and the rows made due at one moment',
      replies: replyIds.length,
      replyErrors: replied.errors,
      mails: queued,
      repliesSeconds: queueSeconds,
      sentSeconds: seconds(t0, sentAt),
      deliveredSeconds: seconds(t0, deliveredAt),
      from: 'the moment the rows were due',
      failed: counts.failed,
      cpu: cpu(),
    };
    log(`  sent in ${backlogSend.sentSeconds.toFixed(1)} s (${(queued / backlogSend.sentSeconds).toFixed(0)} mails/s), in Dovecot in ${backlogSend.deliveredSeconds.toFixed(1)} s (${(queued / backlogSend.deliveredSeconds).toFixed(0)} mails/s); failed ${counts.failed}`);

    // ── 3b. outgoing: queued by replies while the sender runs ──
    await quiet(server, t, worker);
    boundaries.liveSend = new Date();
    const before = counts;
    const inClients1 = (await box.clients.status()).messages;
    log(`outgoing (live): ${replyIds.length} agent replies over HTTP while the server sends`);
    cpu = cpuSampler(server, worker);
    t0 = now();
    let repliesDone: number | null = null;
    const replying = postReplies(url, agent, replyIds).then((r) => ((repliesDone = now()), r));
    const liveSentAt = await waitUntil('the outbox to be sent', async () => {
      const c = await outboxCounts(url, admin);
      return repliesDone !== null && c.queued + c.sending === 0;
    });
    replied = await replying;
    counts = await outboxCounts(url, admin);
    const liveMails = total(counts) - total(before);
    const liveDeliveredAt = await waitUntil('Dovecot to hold every mail sent', async () => (await box.clients.status()).messages >= inClients1 + liveMails);
    const live: OutgoingResult = {
      how: 'agent replies over HTTP (4 at a time) while the sender runs (MAIL_SEND_INTERVAL_MS=100)',
      replies: replyIds.length,
      replyErrors: replied.errors,
      mails: liveMails,
      repliesSeconds: seconds(t0, repliesDone ?? t0),
      sentSeconds: seconds(t0, liveSentAt),
      deliveredSeconds: seconds(t0, liveDeliveredAt),
      from: 'the first reply',
      failed: counts.failed - before.failed,
      cpu: cpu(),
    };
    log(`  replies done in ${live.repliesSeconds.toFixed(1)} s; ${liveMails} sent in ${live.sentSeconds.toFixed(1)} s (${(liveMails / live.sentSeconds).toFixed(0)} mails/s), in Dovecot in ${live.deliveredSeconds.toFixed(1)} s (${(liveMails / live.deliveredSeconds).toFixed(0)} mails/s)`);

    // ── 4. incoming batches, moved into the INBOX at once ──
    const list = scenarios.find((s) => s.name === 'list')!;
    let lastPass = serverUp;
    let periodic = false;
    /**
     * The server's IMAP session hears of new mail only in IDLE, which imapflow starts 15 s after the
     * session's last command; the poller also looks every 60 s (MAIL_POLL_INTERVAL_SECONDS, at most
     * 60), a command on a mailbox that is not empty. So that a batch measures the taking in and not
     * that wake-up delay (reported apart, see docs/performance.md), it is released at least 16 s
     * after the last pass (and then 16 to 55 s after it, modulo 60 s).
     */
    const inIdle = async () => {
      const since = seconds(lastPass, now());
      const phase = periodic ? since % 60 : since;
      const wait = phase < 16 ? 16 - phase : periodic && phase > 55 ? 76 - phase : 0;
      if (wait > 0) await sleep(wait * 1000);
    };
    /**
     * One batch: the folder moved into the INBOX at once (MOVE; the server's IDLE hears of it),
     * with the list loaded meanwhile (as fast as answered, or paced at `rate`) or not, until the
     * server has taken in every mail and sent what they queued (the load at most `capSeconds`).
     */
    const batch = async (folder: string, mails: number, load_: { rate?: number; capSeconds: number } | null): Promise<BacklogRun> => {
      await mover.client!.mailboxOpen(folder);
      await inIdle();
      const inbox0 = (await box.support.status()).messages;
      const out0 = await outboxCounts(url, admin);
      const m = { moved: 0, first: null as number | null, taken: null as number | null, notified: null as number | null };
      let release: () => void = () => undefined;
      const moved = new Promise<void>((resolve) => (release = resolve));
      const drained = (async () => {
        await moved;
        m.taken = await waitUntil('the server to take in the batch', async () => {
          const st = await box.support.status();
          if (m.first === null && st.messages >= inbox0 + mails && st.unseen < mails) m.first = now();
          return st.messages >= inbox0 + mails && st.unseen === 0;
        });
        m.notified = await waitUntil('the mails they queued to be sent', async () => {
          const c = await outboxCounts(url, admin);
          return c.queued + c.sending === 0;
        }, 900_000, 250);
      })();
      drained.catch(() => undefined);
      const sample = cpuSampler(started.s, worker);
      const move = () => {
        m.moved = now();
        void mover.client!.messageMove('1:*', 'INBOX').then(release, release);
      };
      let result: ListResult | null = null;
      if (!load_) move();
      else if (load_.rate) result = await paced(url, list, fixtures, agent, load_.rate, load_.capSeconds, { until: drained, onStart: move });
      else result = await load(url, list, fixtures, agent, o.connections, load_.capSeconds, { until: drained, onSteady: move });
      const unseenAtEnd = result ? (await box.support.status()).unseen : 0;
      if (result && m.taken === null) log(`  the load stopped after ${load_!.capSeconds} s with ${unseenAtEnd} mails still to take in: waiting for them`);
      await drained;
      const cpuUsed = sample();
      lastPass = m.taken!;
      periodic = true;
      return {
        mails,
        load: result,
        ratio: null,
        takenDuringLoad: result ? mails - unseenAtEnd : mails,
        cpu: cpuUsed,
        firstSeconds: seconds(m.moved, m.first ?? m.taken!),
        takenSeconds: seconds(m.moved, m.taken!),
        notificationsSentSeconds: seconds(m.moved, m.notified!),
        notifications: total(await outboxCounts(url, admin)) - total(out0),
      };
    };
    const described = (r: BacklogRun) =>
      `taken in ${r.takenSeconds.toFixed(1)} s (${(r.mails / r.takenSeconds).toFixed(0)} mails/s; the first after ${r.firstSeconds.toFixed(1)} s); ${r.notifications} mails queued meanwhile, all sent after ${r.notificationsSentSeconds.toFixed(1)} s`;

    await quiet(server, t, worker);
    boundaries.incoming = new Date();
    log(`incoming: ${o.mails} mails moved into the INBOX, no other load`);
    const incoming = await batch(folders[0]!, o.mails, null);
    log(`  ${described(incoming)}`);

    log(`the ticket list (agent, ${o.connections} connections): warm-up 3 s, ${o.duration} s as fast as answered, ${o.duration} s at half that rate`);
    await quiet(server, t, worker);
    await load(url, list, fixtures, agent, o.connections, 3);
    await quiet(server, t, worker);
    const idle = { ...(await load(url, list, fixtures, agent, o.connections, o.duration)), drainMs: 0 };
    const rate = Math.max(1, Math.round(idle.requestsPerSecond / 2));
    await quiet(server, t, worker);
    const idleAtRate = await paced(url, list, fixtures, agent, rate, o.duration);
    log(`  idle: as fast as answered ${idle.requestsPerSecond.toFixed(0)} req/s, p95 ${idle.p95.toFixed(1)} ms; at ${rate} req/s, p95 ${idleAtRate.p95.toFixed(1)} ms`);

    await quiet(server, t, worker);
    boundaries.atRate = new Date();
    log(`backlog: ${o.mails} mails while the list is requested at ${rate} req/s`);
    const atRateRun = await batch(folders[1]!, o.mails, { rate, capSeconds: 1800 });
    const atRate = { ...atRateRun, ratio: atRateRun.load!.p95 / idleAtRate.p95 };
    log(`  list ${atRate.load!.requestsPerSecond.toFixed(0)} req/s, p95 ${atRate.load!.p95.toFixed(1)} ms (${atRate.ratio.toFixed(2)}× idle at that rate); ${described(atRate)}`);

    await quiet(server, t, worker);
    boundaries.saturated = new Date();
    const cap = Math.max(60, 3 * o.duration);
    log(`backlog: ${o.mails} mails while the list is requested as fast as answered (at most ${cap} s)`);
    const saturatedRun = await batch(folders[2]!, o.mails, { capSeconds: cap });
    const saturated = { ...saturatedRun, ratio: saturatedRun.load!.p95 / idle.p95 };
    log(
      `  list ${saturated.load!.requestsPerSecond.toFixed(0)} req/s, p95 ${saturated.load!.p95.toFixed(1)} ms (${saturated.ratio.toFixed(2)}× idle); ${saturated.takenDuringLoad} mails taken in during the ${saturated.load!.seconds.toFixed(0)} s of load (${(saturated.takenDuringLoad / saturated.load!.seconds).toFixed(1)} mails/s); all ${saturated.takenSeconds.toFixed(1)} s after the move`,
    );
    boundaries.latency = new Date();
    // ── 5. the latency of one mail: 3 s after a pass, and arriving during a pass ──
    const single = async (mail: IncomingMail, inbox: number) => {
      const sent = now();
      await sendThroughPostfix([mail], box.support.address);
      const seen = await waitUntil('the single mail to be taken in', async () => {
        const st = await box.support.status();
        return st.messages >= inbox && st.unseen === 0;
      }, 300_000, 50);
      return seconds(sent, seen);
    };
    await quiet(server, t, worker);
    await sleep(Math.max(0, lastPass + 3000 - now()));
    log('latency: one mail 3 s after a pass of the poller');
    const afterPass = await single(plan.latency.singles[0], (await box.support.status()).messages + 1);
    log(`  taken in ${afterPass.toFixed(1)} s after it was sent`);
    lastPass = now();
    await mover.client.mailboxOpen(folders[3]!);
    await inIdle();
    log(`latency: one mail sent 1 s into a pass of ${plan.latency.batch.length}`);
    const inbox1 = (await box.support.status()).messages + plan.latency.batch.length + 1;
    const t5 = now();
    await mover.client.messageMove('1:*', 'INBOX');
    await sleep(Math.max(0, t5 + 1000 - now()));
    const duringPass = await single(plan.latency.singles[1], inbox1);
    log(`  taken in ${duringPass.toFixed(1)} s after it was sent (the pass started ${(seconds(t5, now()) - duringPass).toFixed(1)} s before it)`);
    const latency = { afterPassSeconds: afterPass, duringPassSeconds: duringPass, passMails: plan.latency.batch.length };
    await waitUntil('the last mails queued to be sent', async () => {
      const c = await outboxCounts(url, admin);
      return c.queued + c.sending === 0;
    }, 120_000, 250);

    await mover.client.logout().catch(() => undefined);
    mover.client = undefined;
    await server.stop();
    server = undefined;
    await worker?.stop();
    worker = undefined;

    // ── 6. what the database says ──
    const check = await t.open();
    let fromDatabase: MailBenchResult['fromDatabase'];
    try {
      const db = check.db;
      type Span = { n: number; first: string | null; last: string | null };
      const pace = (r: Span | undefined) => (r && r.first && r.last && r.n > 1 ? Math.round(((r.n - 1) * 1000) / (Date.parse(r.last) - Date.parse(r.first))) : null);
      const b = (d: Date) => d.toISOString();
      const [sendBacklog] = await rows<Span>(
        db,
        sql`select count(*)::int as n, min(sent_at)::text as first, max(sent_at)::text as last from mail_outbox where created_at >= ${b(boundaries.backlogSend)} and created_at < ${b(boundaries.liveSend)}`,
      );
      const [sendLive] = await rows<Span>(
        db,
        sql`select count(*)::int as n, min(created_at)::text as first, max(sent_at)::text as last from mail_outbox where created_at >= ${b(boundaries.liveSend)} and created_at < ${b(boundaries.incoming)}`,
      );
      const window = (from: Date, to: Date | null) =>
        rows<Span>(
          db,
          sql`select count(*)::int as n, min(received_at)::text as first, max(received_at)::text as last from inbound_mails
              where received_at >= ${b(from)} and (${to ? b(to) : null}::timestamptz is null or received_at < ${to ? b(to) : null}::timestamptz)`,
        ).then((r) => r[0]);
      fromDatabase = {
        outbox: await rows<{ kind: string; status: string; n: number }>(db, sql`select kind, status, count(*)::int as n from mail_outbox group by kind, status order by kind, status`),
        inbound: await rows<{ measure: Measure; status: string; reason: string | null; n: number }>(
          db,
          sql`select case when received_at < ${b(boundaries.atRate)} then 'incoming' when received_at < ${b(boundaries.saturated)} then 'atRate'
                  when received_at < ${b(boundaries.latency)} then 'saturated' else 'latency' end as measure,
                status, reason, count(*)::int as n
              from inbound_mails group by 1, 2, 3 order by 1, 2, 3`,
        ),
        sendRate: { backlog: pace(sendBacklog), live: pace(sendLive) },
        takeInRate: {
          incoming: pace(await window(boundaries.incoming, boundaries.atRate)),
          atRate: pace(await window(boundaries.atRate, boundaries.saturated)),
          saturated: pace(await window(boundaries.saturated, boundaries.latency)),
        },
      };
      // the raw mails the run kept in the file store (on PostgreSQL the store is the seed's, kept between runs)
      const keys = await rows<{ raw_key: string }>(db, sql`select raw_key from inbound_mails where raw_key is not null`);
      const filesDir = path.resolve(repoRoot, t.serverEnv.FILES_DIR ?? path.join(t.serverEnv.DATA_DIR!, 'files'));
      for (const { raw_key } of keys) if (/^[\w./-]+$/.test(raw_key) && !raw_key.includes('..')) fs.rmSync(path.join(filesDir, raw_key), { force: true });
    } finally {
      await check.close();
    }

    return {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? '?',
        cpus: os.cpus().length,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        os: `${os.type()} ${os.release()}`,
        loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0]! },
      },
      database: { kind: t.kind, source: t.source, tickets: o.tickets },
      options: { mails: o.mails, connections: o.connections, duration: o.duration, workerProcess: o.workerProcess ?? null },
      mailboxes: boxes.map((x) => x.name),
      plan: { replies: plan.replyTickets.length, expectedOutgoing, senders: plan.senders, ticketsAnswered: plan.ticketsAnswered },
      staging,
      outgoing: { backlog: backlogSend, live },
      incoming,
      list: { idle, rate, idleAtRate },
      atRate,
      saturated,
      latency,
      fromDatabase,
      serverLogs: logs,
    };
  } finally {
    await mover.client?.logout().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await worker?.stop().catch(() => undefined);
    for (const b of boxes) {
      await b.close();
      b.remove();
    }
    await target?.dispose().catch((err: Error) => log(`could not remove the run's copy: ${err.message}`));
  }
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────

const f1 = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const perSecond = (n: number, s: number) => (n / s).toFixed(0);

export function mailMarkdown(r: MailBenchResult): string {
  const { backlog: bs, live } = r.outgoing;
  const { incoming: inc, atRate, saturated: sat } = r;
  const { idle, idleAtRate, rate } = r.list;
  const statuses = (measure: Measure) => {
    const lines = r.fromDatabase.inbound.filter((x) => x.measure === measure);
    const n = (s: string) => lines.filter((x) => x.status === s).reduce((a, x) => a + x.n, 0);
    const reasons = lines.filter((x) => x.reason).map((x) => `${x.reason} ${x.n}`);
    return `${n('ticket')} tickets, ${n('reply')} replies, ${n('quarantined')} quarantined, ${n('failed')} failed${reasons.length ? ` (${reasons.join(', ')})` : ''}`;
  };
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const cpu = (c: Cpu) => `${c.machinePercent} % / ${c.serverPercent} %`;
  const list = (l: ListResult) => `${l.requestsPerSecond.toFixed(0)} req/s, p50 ${f1(l.p50)}, p95 ${f1(l.p95)}, p99 ${f1(l.p99)} ms`;
  const pace = (n: number | null) => (n === null ? '—' : `${n}`);
  const out = [
    `### Mail — ${r.database.kind}, ${r.database.tickets} tickets — ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, Node ${r.machine.node} (load average ${r.machine.loadAverage.atStart.toFixed(1)} before the run, ${r.machine.loadAverage.atEnd.toFixed(1)} after); Postfix and Dovecot on the same machine. ${r.options.workerProcess ? `The mail workers in a second server process${r.options.workerProcess.nice ? ` at nice ${r.options.workerProcess.nice}` : ''} (MAIL_WORKERS=false on the one answering HTTP). ` : ''}${r.options.mails} mails a measure; the ticket list as agent over ${r.options.connections} connections. CPU: share of the machine's cores busy / of one core used by the server's process${r.options.workerProcess ? 'es' : ''}.`,
    '',
    '| measure | mails | seconds | mails/s | target | verdict | CPU machine / server |',
    '|---|--:|--:|--:|---|---|--:|',
    `| outgoing, backlog: ${bs.replies} replies queued them (no SMTP), due at once — until all \`sent\` / all in Dovecot | ${bs.mails} | ${f1(bs.sentSeconds)} / ${f1(bs.deliveredSeconds)} | **${perSecond(bs.mails, bs.sentSeconds)}** / ${perSecond(bs.mails, bs.deliveredSeconds)} | ≥ 100 | ${verdict(bs.mails / bs.deliveredSeconds >= 100)} | ${cpu(bs.cpu)} |`,
    `| outgoing, live: ${live.replies} replies over HTTP while sending — until all \`sent\` / all in Dovecot | ${live.mails} | ${f1(live.sentSeconds)} / ${f1(live.deliveredSeconds)} | **${perSecond(live.mails, live.sentSeconds)}** / ${perSecond(live.mails, live.deliveredSeconds)} | ≥ 100 | ${verdict(live.mails / live.deliveredSeconds >= 100)} | ${cpu(live.cpu)} |`,
    `| incoming: moved into the INBOX at once, no other load — until all taken in | ${inc.mails} | ${f1(inc.takenSeconds)} | **${perSecond(inc.mails, inc.takenSeconds)}** | ≥ 50 | ${verdict(inc.mails / inc.takenSeconds >= 50)} | ${cpu(inc.cpu)} |`,
    `| backlog under the list at ${rate} req/s (half its most) — until all taken in / what they queued sent | ${atRate.mails} | ${f1(atRate.takenSeconds)} / ${f1(atRate.notificationsSentSeconds)} | ${perSecond(atRate.mails, atRate.takenSeconds)} | list p95 ≤ 1.2 × idle | ${verdict(atRate.ratio! <= 1.2)}: ${f1(idleAtRate.p95)} → ${f1(atRate.load!.p95)} ms (**${atRate.ratio!.toFixed(2)}×**) | ${cpu(atRate.cpu)} |`,
    `| backlog under the list as fast as answered — during the load / until all taken in | ${sat.mails} | ${f1(sat.load!.seconds)} / ${f1(sat.takenSeconds)} | ${(sat.takenDuringLoad / sat.load!.seconds).toFixed(1)} | list p95 ≤ 1.2 × idle | ${verdict(sat.ratio! <= 1.2 && sat.takenDuringLoad === sat.mails)}: ${f1(idle.p95)} → ${f1(sat.load!.p95)} ms (**${sat.ratio!.toFixed(2)}×**), ${sat.takenDuringLoad} of ${sat.mails} taken in under load | ${cpu(sat.cpu)} |`,
    '',
    `- Outgoing: the replies queued ${bs.mails} mails in ${f1(bs.repliesSeconds)} s (${perSecond(bs.mails, bs.repliesSeconds)} mails/s, ${bs.replyErrors + live.replyErrors} errors); live, the replies took ${f1(live.repliesSeconds)} s. The server's own pace (its \`sent_at\`): ${pace(r.fromDatabase.sendRate.backlog)} mails/s (backlog), ${pace(r.fromDatabase.sendRate.live)} (live, from the first \`created_at\`). Failed: ${bs.failed + live.failed}.`,
    `- Incoming: ${statuses('incoming')}; the first taken in ${f1(inc.firstSeconds)} s after the move; the server's own pace (its \`received_at\`) ${pace(r.fromDatabase.takeInRate.incoming)} mails/s; ${inc.notifications} mails queued meanwhile (acknowledgements, staff notifications), all sent ${f1(inc.notificationsSentSeconds)} s after the move. Postfix and Dovecot took the ${r.staging.mails} staged mails in ${f1(r.staging.seconds)} s (${perSecond(r.staging.mails, r.staging.seconds)} mails/s).`,
    `- List idle: as fast as answered ${list(idle)}; paced at ${rate} req/s ${list(idleAtRate)}.`,
    `- Backlog at ${rate} req/s: ${statuses('atRate')}; list ${list(atRate.load!)}; first mail taken in ${f1(atRate.firstSeconds)} s after the move, the server's own pace ${pace(r.fromDatabase.takeInRate.atRate)} mails/s; ${atRate.notifications} mails queued meanwhile, sent ${f1(atRate.notificationsSentSeconds)} s after the move.`,
    `- Backlog as fast as answered: ${statuses('saturated')}; list ${list(sat.load!)}; ${sat.takenDuringLoad} mails taken in during the ${f1(sat.load!.seconds)} s of load, all ${f1(sat.takenSeconds)} s after the move.`,
    `- Latency of one mail, from Postfix to taken in: ${f1(r.latency.afterPassSeconds)} s when sent 3 s after a pass of the poller; ${f1(r.latency.duringPassSeconds)} s when sent 1 s into a pass of ${r.latency.passMails} (${statuses('latency')}).`,
    `- HTTP errors: ${idle.errors + idleAtRate.errors + atRate.load!.errors + sat.load!.errors}. Outbox at the end: ${r.fromDatabase.outbox.map((x) => `${x.kind} ${x.status} ${x.n}`).join(', ')}.`,
  ];
  return out.join('\n');
}
