/**
 * Tickets of the demo data, each lived through from its creation: assignment, first response,
 * rounds of questions and answers, resolution, the client's confirmation, a relapse, auto-close
 * after five days of silence, an admin's reopening — every status move one the rules of
 * status.ts allow, by whom they allow it. The life is cut at `now`: what would happen later
 * does not exist yet, so recent tickets are open or in progress and old ones closed, and the
 * ticket's columns (dates, waiting on the client, version) are what the application would
 * have written.
 */
import type { WorkingHours } from '@guichet/contract/agents';
import type { TicketStatus } from '@guichet/contract/tickets';
import { AUTO_CLOSED_MESSAGE } from '../jobs/auto-close.ts';
import { entryCostCents, rateOn } from '../modules/time/money.ts';
import { awaitingClientSince, isRateable } from '../modules/tickets/status.ts';
import { Batch } from './bulk.ts';
import { DAY, HOUR, MINUTE, localDay, localIsoDay, nextWorkingTime, schedule, type Schedule } from './calendar.ts';
import type { People, SeedClient, SeedContact, SeedStaff } from './people.ts';
import type { AliasTable, Random } from './random.ts';
import type { SampleFile } from './sample-files.ts';
import {
  AGENT_CLOSINGS,
  AGENT_NUDGES,
  AGENT_OPENERS,
  AGENT_STEPS,
  BAD_COMMENTS,
  CLIENT_CLOSINGS,
  CLIENT_RELAPSES,
  CLIENT_WITHDRAWALS,
  DUPLICATE_NOTES,
  ESCALATION_NOTES,
  GOOD_COMMENTS,
  INTERNAL_NOTES,
  MEDIUM_COMMENTS,
  PHONE_PREFIXES,
  PROBLEMS,
  RELAPSE_FIXES,
  REQUEST_STEPS,
  REOPEN_MESSAGES,
  REOPEN_NOTES,
  SERVICES,
  TIME_NOTES,
  WEEKDAY_NAMES,
  WITHDRAWN_NOTES,
  type Problem,
  type SampleFileKind,
} from './texts.ts';

/** The application's default: tickets waiting on the client close after five days. */
export const AUTO_CLOSE_MS = 5 * DAY;

type Priority = 'low' | 'normal' | 'high';

/** Clients answer in office hours, mostly. */
const CLIENT_HOURS: Schedule = schedule({
  mon: [{ start: '08:00', end: '12:15' }, { start: '13:30', end: '18:30' }],
  tue: [{ start: '08:00', end: '12:15' }, { start: '13:30', end: '18:30' }],
  wed: [{ start: '08:00', end: '12:15' }, { start: '13:30', end: '18:30' }],
  thu: [{ start: '08:00', end: '12:15' }, { start: '13:30', end: '18:30' }],
  fri: [{ start: '08:00', end: '12:15' }, { start: '13:30', end: '17:30' }],
  sat: [],
  sun: [],
});
/** Outside office hours, clients still write in the day and the evening. */
const AWAKE: Schedule = schedule(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start: '07:00', end: '22:30' }]])) as WorkingHours);
const never = () => false;

const HOURS_SAID = ['9 h', '9 h 30', '10 h 15', '11 h', '14 h', '14 h 30', '15 h 45', '16 h 30', '17 h'];

export const TABLES = {
  tickets: [
    ['id', 'uuid'], ['number', 'int8'], ['client_id', 'uuid'], ['requester_id', 'uuid'], ['requester_contact_id', 'uuid'], ['subject', 'text'], ['description', 'text'],
    ['priority', 'text'], ['status', 'text'], ['assignee_id', 'uuid'], ['resolved_by_id', 'uuid'], ['version', 'int4'],
    ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['last_activity_at', 'timestamptz'], ['first_response_at', 'timestamptz'],
    ['resolved_at', 'timestamptz'], ['closed_at', 'timestamptz'], ['closed_reason', 'text'], ['last_public_message_at', 'timestamptz'],
    ['last_public_by_staff', 'bool'], ['awaiting_client_since', 'timestamptz'],
  ],
  ticket_events: [['id', 'uuid'], ['ticket_id', 'uuid'], ['kind', 'text'], ['from_value', 'text'], ['to_value', 'text'], ['actor_id', 'uuid'], ['at', 'timestamptz']],
  messages: [['id', 'uuid'], ['ticket_id', 'uuid'], ['client_id', 'uuid'], ['kind', 'text'], ['author_id', 'uuid'], ['body', 'text'], ['created_at', 'timestamptz']],
  attachments: [
    ['id', 'uuid'], ['uploader_id', 'uuid'], ['ticket_id', 'uuid'], ['message_id', 'uuid'], ['file_name', 'text'], ['content_type', 'text'],
    ['size_bytes', 'int4'], ['sha256', 'text'], ['storage_key', 'text'], ['created_at', 'timestamptz'],
  ],
  time_entries: [
    ['id', 'uuid'], ['ticket_id', 'uuid'], ['client_id', 'uuid'], ['agent_id', 'uuid'], ['work_date', 'date'], ['minutes', 'int4'], ['note', 'text'],
    ['hourly_rate_cents', 'int4'], ['cost_cents', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ],
  ratings: [['ticket_id', 'uuid'], ['stars', 'int2'], ['comment', 'text'], ['rater_id', 'uuid'], ['agent_id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
} as const;

export type TicketBatches = { [K in keyof typeof TABLES]: Batch };
export const newBatches = (): TicketBatches =>
  Object.fromEntries(Object.entries(TABLES).map(([name, columns]) => [name, new Batch(name, columns)])) as TicketBatches;

export interface TicketCounts {
  tickets: number;
  messages: number;
  attachments: number;
  timeEntries: number;
  ratings: number;
  events: number;
}

/** One ticket's life, collected before it is written (it may be lived again with another agent). */
class Life {
  status: TicketStatus = 'open';
  t: number;
  stopped = false;
  version = 1;
  lastActivity: number;
  assigneeId: string | null = null;
  firstResponseAt: number | null = null;
  resolvedAt: number | null = null;
  resolvedById: string | null = null;
  closedAt: number | null = null;
  closedReason: 'manual' | 'auto_inactivity' | null = null;
  lastPublicAt: number | null = null;
  lastPublicByStaff: boolean | null = null;
  priority: Priority;
  /** Whoever confirmed the resolution (a contact), for the rating. */
  confirmedBy: string | null = null;
  reopened = false;
  slow = false;
  /** What the client may answer to the agent's last step. */
  replies: string[] | null = null;
  events: [kind: string, from: string | null, to: string | null, actor: string | null, at: number][] = [];
  messages: { kind: 'public' | 'internal' | 'system'; author: string | null; body: string; at: number; file: SampleFileKind | null }[] = [];
  ticketFile: { kind: SampleFileKind; uploader: string; at: number } | null = null;
  entries: { at: number; minutes: number; note: string | null }[] = [];

  constructor(
    readonly now: number,
    readonly createdAt: number,
    priority: Priority,
  ) {
    this.t = createdAt;
    this.lastActivity = createdAt;
    this.priority = priority;
  }

  /** Move the clock to `ms`; false (and the life stops) when that is after now. */
  go(ms: number): boolean {
    if (this.stopped) return false;
    // whole milliseconds, as the database keeps them
    const at = Math.round(Math.max(ms, this.t));
    if (at > this.now) {
      this.stopped = true;
      return false;
    }
    this.t = at;
    return true;
  }

  private touch() {
    this.lastActivity = this.t;
  }

  event(kind: string, from: string | null, to: string | null, actor: string | null) {
    this.events.push([kind, from, to, actor, this.t]);
    if (kind !== 'created' && kind !== 'time') this.version++;
    this.touch();
  }

  setStatus(to: TicketStatus, actor: string | null, reason: 'manual' | 'auto_inactivity' = 'manual') {
    this.event('status', this.status, to, actor);
    if (to === 'resolved') {
      this.resolvedAt = this.t;
      this.resolvedById = this.assigneeId;
    }
    if (to === 'closed') {
      this.closedAt = this.t;
      this.closedReason = reason;
    }
    if (to === 'in_progress') {
      this.resolvedAt = null;
      this.closedAt = null;
      this.closedReason = null;
    }
    this.status = to;
  }

  message(kind: 'public' | 'internal' | 'system', author: string | null, body: string, staff: boolean, file: SampleFileKind | null = null) {
    this.messages.push({ kind, author, body, at: this.t, file });
    this.touch();
    if (kind !== 'public') return;
    this.lastPublicAt = this.t;
    this.lastPublicByStaff = staff;
    if (staff && this.firstResponseAt === null) this.firstResponseAt = this.t;
    // the moves a reply makes by itself
    if (staff && this.status === 'open') this.setStatus('in_progress', author);
    else if (!staff && this.status === 'resolved') this.setStatus('in_progress', author);
  }

  /** Since when the ticket waits on the client (status.ts), or null. */
  awaitingSince(): number | null {
    const since = awaitingClientSince({
      status: this.status,
      resolvedAt: this.resolvedAt === null ? null : new Date(this.resolvedAt),
      lastPublicMessageAt: this.lastPublicAt === null ? null : new Date(this.lastPublicAt),
      lastPublicByStaff: this.lastPublicByStaff,
    });
    return since ? since.getTime() : null;
  }

  /**
   * The auto-close job would have closed the ticket before `ms` (five days waiting on the
   * client): close it then, as the job does (system line, no actor). True when it did — or
   * when that moment is after now, since nothing else can happen before it.
   */
  autoClosedBefore(ms: number, random: Random): boolean {
    const since = this.awaitingSince();
    if (since === null || ms < since + AUTO_CLOSE_MS) return false;
    if (this.go(since + AUTO_CLOSE_MS + random.int(5, 59) * 1000)) {
      this.setStatus('closed', null, 'auto_inactivity');
      this.message('system', null, AUTO_CLOSED_MESSAGE, false);
    }
    return true;
  }
}

export interface TicketContext {
  random: Random;
  people: People;
  nowMs: number;
  clientTable: AliasTable;
  files: Map<SampleFileKind, SampleFile[]>;
  /** Cost per client and month (index from the first month of the period), for the budgets. */
  monthCosts: Float64Array;
  monthIndex: (isoDay: string) => number;
  months: number;
}

export class TicketWriter {
  counts: TicketCounts = { tickets: 0, messages: 0, attachments: 0, timeEntries: 0, ratings: 0, events: 0 };
  /** Each agent's latest assignment (the assignment rule breaks ties with it). */
  readonly lastAssigned = new Map<string, number>();
  /** Each client's latest ticket (number, problem, story): what a duplicate repeats. */
  private readonly lastNumber: Int32Array;
  private readonly lastProblem: Int32Array;
  private readonly lastStory: Int32Array;
  private eligibleDay = -1;
  private eligible: SeedStaff[] = [];
  private stayers: SeedStaff[] = [];

  constructor(private readonly ctx: TicketContext) {
    this.lastNumber = new Int32Array(ctx.people.clients.length);
    this.lastProblem = new Int32Array(ctx.people.clients.length);
    this.lastStory = new Int32Array(ctx.people.clients.length);
    this.stayers = ctx.people.agents.filter((a) => a.leftDay === null);
  }

  /** Agents who can take a ticket on this day: hired, not gone, not on leave. */
  private agentsOn(day: number): SeedStaff[] {
    if (day !== this.eligibleDay) {
      this.eligibleDay = day;
      this.eligible = this.ctx.people.agents.filter((a) => a.hiredDay <= day && (a.leftDay === null || day < a.leftDay - 20) && !a.leaveDays.has(day));
      if (this.eligible.length === 0) this.eligible = this.stayers.filter((a) => a.hiredDay <= day);
      if (this.eligible.length === 0) this.eligible = this.stayers;
    }
    return this.eligible;
  }

  private drawClient(createdAt: number): SeedClient {
    const { clients } = this.ctx.people;
    for (let i = 0; i < 20; i++) {
      const c = clients[this.ctx.clientTable.draw(this.ctx.random)]!;
      if (createdAt < c.until) return c;
    }
    return clients[0]!;
  }

  /** Live ticket number `number` (creation order) from `createdAt`, into `out`. */
  write(out: TicketBatches, number: number, createdAt: number): void {
    const { random } = this.ctx;
    const client = this.drawClient(createdAt);
    // now and then the client asks the same thing twice: the second is closed as a duplicate
    const duplicateOf = this.lastNumber[client.index]! > 0 && random.chance(0.03) ? this.lastNumber[client.index]! : 0;
    const problemIndex = duplicateOf ? this.lastProblem[client.index]! : random.int(0, PROBLEMS.length - 1);
    const problem = PROBLEMS[problemIndex]!;
    const story = duplicateOf ? this.lastStory[client.index]! : random.int(0, 1);
    const priority = random.weighted(PRIORITY_MIX[problem.priority]);
    const person = random.pick(client.portal);
    const day = localDay(createdAt);
    const agent = random.pick(this.agentsOn(day));
    // opened by staff on the phone in some cases (the agent who took the call, or an admin)
    const opener = random.weighted<'contact' | 'agent' | 'admin'>([
      [82, 'contact'],
      [14, 'agent'],
      [4, 'admin'],
    ]);
    const admin = random.pick(this.ctx.people.admins);
    const requesterId = opener === 'contact' ? person.userId! : opener === 'agent' ? agent.id : admin.id;
    const fill = this.filler(person, number, client);
    let subject = fill(told(problem.subjects, story));
    subject = subject.charAt(0).toUpperCase() + subject.slice(1);
    let description = fill(told(problem.descriptions, story));
    description = opener === 'contact' ? this.clientText(description, person) : fill(random.pick(PHONE_PREFIXES)) + description;

    const plan: Plan = { createdAt, problem, story, priority, person, agent, opener, requesterId, admin, duplicateOf, fill };
    let life = this.live(plan);
    // an agent who left must have finished their tickets before leaving: otherwise someone else had it
    for (let tries = 0; plan.agent.leftDay !== null && (life.status !== 'closed' || life.t >= plan.agent.leftDay * DAY) && tries < 3; tries++) {
      const pool = this.stayers.filter((a) => a.hiredDay <= day);
      plan.agent = random.pick(pool.length ? pool : this.stayers);
      life = this.live(plan);
    }
    this.lastNumber[client.index] = number;
    this.lastProblem[client.index] = problemIndex;
    this.lastStory[client.index] = story;
    this.emit(out, { number, client, subject, description, requesterId, agent: plan.agent, person, life });
  }

  private filler(person: SeedContact, number: number, client: SeedClient) {
    const { random, people } = this.ctx;
    // the same colleague and the same place all through one ticket
    let colleague: string | null = null;
    let place: string | null = null;
    return (text: string) =>
      text.replace(/\{(\w+)\}/g, (all, key: string) => {
        switch (key) {
          case 'n':
            return String(random.int(2, 6));
          case 'jour':
            return random.pick(WEEKDAY_NAMES);
          case 'heure':
            return random.pick(HOURS_SAID);
          case 'collegue': {
            const others = client.contacts.filter((c) => c !== person);
            return (colleague ??= others.length && random.chance(0.6) ? random.pick(others).name : random.pick(people.colleagues));
          }
          case 'poste':
            return (place ??= random.pick(SERVICES));
          case 'num':
            return String(Math.max(1, this.lastNumber[client.index]! || number - random.int(1, 40)));
          case 'contact':
            return person.name;
          default:
            return all;
        }
      });
  }

  private clientText(body: string, person: SeedContact): string {
    const { random } = this.ctx;
    const parts: string[] = [];
    if (random.chance(0.55)) parts.push('Bonjour,');
    parts.push(body);
    if (random.chance(0.55)) parts.push(`${random.pick(CLIENT_CLOSINGS)}\n${random.chance(0.5) ? person.name : person.firstName}`);
    else if (random.chance(0.4)) parts.push(person.firstName);
    return parts.join('\n\n');
  }

  private agentText(body: string, person: SeedContact, agent: SeedStaff, first: boolean): string {
    const { random } = this.ctx;
    const parts: string[] = [];
    if (random.chance(0.75)) parts.push(random.chance(0.7) ? `Bonjour ${person.firstName},` : 'Bonjour,');
    parts.push(first && random.chance(0.5) ? `${random.pick(AGENT_OPENERS)} ${body}` : body);
    if (random.chance(0.7)) parts.push(`${random.pick(AGENT_CLOSINGS)}\n${agent.firstName}`);
    return parts.join('\n\n');
  }

  /** The ticket's life with this agent, cut at now. */
  private live(p: Plan): Life {
    const { random } = this.ctx;
    const { problem, person, agent, fill, story } = p;
    const life = new Life(this.ctx.nowMs, p.createdAt, p.priority);
    const contactId = person.userId!;
    // people start on what waited a little after arriving, not on the stroke of nine
    const settle = (ms: number, at: number) => (at === ms ? ms : at + random.int(2, 40) * MINUTE + random.int(0, 59_999));
    const agentAt = (ms: number) => settle(ms, nextWorkingTime(ms, agent.schedule, (d) => agent.leaveDays.has(d)));
    const clientAt = (ms: number) => settle(ms, nextWorkingTime(ms, random.chance(0.85) ? CLIENT_HOURS : AWAKE, never));
    const responseDelay = () =>
      Math.min(4 * DAY, life.priority === 'high' ? random.logNormal(30 * MINUTE, 0.8) : life.priority === 'normal' ? random.logNormal(4 * HOUR, 1) : random.logNormal(20 * HOUR, 1));
    const minutes = (share: number) => Math.max(5, Math.min(480, Math.round(random.logNormal(problem.effort * share, 0.5) / 5) * 5));
    const logTime = (share: number) => {
      const m = minutes(share);
      life.entries.push({ at: life.t, minutes: m, note: random.pick(TIME_NOTES) });
      life.event('time', null, `${m} min ${localIsoDay(life.t)}`, agent.id);
    };
    const staffSays = (body: string, first = false, file: SampleFileKind | null = null) => life.message('public', agent.id, this.agentText(fill(body), person, agent, first), true, file);
    const clientSays = (body: string) => {
      const text = fill(body);
      const file = /joins|jointe|photo|capture/i.test(text) ? (problem.file ?? 'screenshot') : null;
      life.message('public', contactId, this.clientText(text, person), false, file);
    };
    const note = (body: string) => life.message('internal', agent.id, fill(body), true);

    // created
    life.event('created', null, 'open', p.requesterId);
    if (p.opener === 'contact' && problem.file && random.chance(0.45)) life.ticketFile = { kind: problem.file, uploader: contactId, at: p.createdAt - random.int(20, 300) * 1000 };

    // assigned: auto-assignment when the agent is at work, taken by the agent, or by an admin
    const mode = p.requesterId === agent.id ? 'self' : random.weighted<'auto' | 'take' | 'admin'>([
      [80, 'auto'],
      [12, 'take'],
      [8, 'admin'],
    ]);
    const assignAt =
      mode === 'self' ? p.createdAt : mode === 'auto' ? agentAt(p.createdAt) : agentAt(p.createdAt + random.logNormal(mode === 'take' ? 30 * MINUTE : 70 * MINUTE, 0.8));
    if (!life.go(assignAt)) return life;
    life.assigneeId = agent.id;
    life.event('assignee', null, agent.id, mode === 'auto' ? null : mode === 'admin' ? p.admin.id : agent.id);
    if (mode === 'auto' && assignAt === p.createdAt) life.version--; // assigned in the creating transaction

    let r = agentAt(assignAt + responseDelay());

    // withdrawn before anyone answered
    if (random.chance(0.02)) {
      const c = clientAt(p.createdAt + random.logNormal(2 * HOUR, 0.8));
      if (c < r && life.go(c)) {
        clientSays(random.pick(CLIENT_WITHDRAWALS));
        if (!life.go(agentAt(c + random.logNormal(40 * MINUTE, 0.8)))) return life;
        note(random.pick(WITHDRAWN_NOTES));
        life.setStatus('closed', agent.id);
        return life;
      }
    }
    // a duplicate of the client's previous ticket
    if (p.duplicateOf) {
      if (!life.go(r)) return life;
      note(random.pick(DUPLICATE_NOTES).replace('{num}', String(p.duplicateOf)));
      life.setStatus('closed', agent.id);
      return life;
    }

    if (!life.go(r)) return life;
    if (random.chance(0.18)) {
      note(problem.note && random.chance(0.6) ? problem.note : random.pick(INTERNAL_NOTES));
      if (!life.go(r + random.int(2, 12) * MINUTE)) return life;
    }
    const rounds = random.weighted([
      [12, 0],
      [30, 1],
      [32, 2],
      [18, 3],
      [8, 4],
    ]);
    if (rounds === 0) {
      staffSays(told(problem.fixes, story), true, problem.file === 'pdf' && random.chance(0.5) ? 'pdf' : null);
      logTime(0.8);
      life.setStatus('resolved', agent.id);
    } else {
      staffSays(told(problem.asks, story), true);
      logTime(0.4);
      life.replies = [told(problem.answers, story)];
      if (!this.rounds(life, rounds, { problem, story, random, agentAt, clientAt, responseDelay, staffSays, clientSays, note, logTime, fill, agent })) return this.finish(life, random);
    }
    this.afterResolution(life, { allowRelapse: true, allowReopen: true, problem, story, random, agentAt, clientAt, responseDelay, staffSays, clientSays, note, logTime, fill, agent, contactId, admin: p.admin });
    return this.finish(life, random);
  }

  /** Rounds of client answer → agent reply, the last reply fixing it. False when the ticket ended another way (or now came). */
  private rounds(life: Life, count: number, k: Steps): boolean {
    const { random, problem } = k;
    for (let round = 1; round <= count; round++) {
      // the client's turn
      if (random.chance(0.06)) {
        // silence: a nudge, then auto-close five days after the agent's last message
        const nudge = k.agentAt(life.t + random.int(2, 3) * DAY);
        if (!life.autoClosedBefore(nudge, random) && life.go(nudge)) {
          k.staffSays(random.pick(AGENT_NUDGES));
          life.autoClosedBefore(Infinity, random);
        }
        return false;
      }
      const c = k.clientAt(life.t + random.logNormal(6 * HOUR, 1.2));
      if (life.autoClosedBefore(c, random) || !life.go(c)) return false;
      if (random.chance(0.02)) {
        k.clientSays(random.pick(CLIENT_WITHDRAWALS));
        if (!life.go(k.agentAt(c + random.logNormal(HOUR, 0.8)))) return false;
        if (random.chance(0.5)) k.note(random.pick(WITHDRAWN_NOTES));
        life.setStatus('closed', k.agent.id);
        return false;
      }
      k.clientSays(random.pick(life.replies ?? [told(problem.answers, k.story)]));
      // the agent's turn (now and then the ticket waits a long time on support: parts, the vendor, a busy week)
      const slow = random.chance(life.priority === 'low' ? 0.3 : life.priority === 'normal' ? 0.12 : 0.03);
      if (slow) life.slow = true;
      let a = k.agentAt(c + (slow ? random.logNormal(8 * DAY, 0.8) : k.responseDelay()));
      if (!life.go(a)) return false;
      if (round === 1 && life.priority !== 'high' && random.chance(0.04)) {
        life.event('priority', life.priority, 'high', k.agent.id);
        life.priority = 'high';
        k.note(random.pick(ESCALATION_NOTES));
        a += random.int(1, 5) * MINUTE;
      } else if (random.chance(0.1)) {
        k.note(random.pick(INTERNAL_NOTES));
        a += random.int(2, 10) * MINUTE;
      }
      if (!life.go(a)) return false;
      const last = round === count;
      if (last) k.staffSays(life.reopened ? random.pick(RELAPSE_FIXES) : told(problem.fixes, k.story), false, !life.reopened && problem.file === 'pdf' && random.chance(0.4) ? 'pdf' : null);
      else this.step(life, k);
      k.logTime(last ? 0.7 : 0.4);
      if (last) life.setStatus('resolved', k.agent.id);
    }
    return true;
  }

  /** Confirmed by the client, closed by the agent, closed after five days, or back with a relapse; rarely reopened by an admin. */
  private afterResolution(life: Life, k: Steps & { allowRelapse: boolean; allowReopen: boolean; contactId: string; admin: SeedStaff }): void {
    const { random } = k;
    const s = life.t;
    const outcome = random.weighted<'confirm' | 'agent' | 'auto' | 'relapse'>([
      [48, 'confirm'],
      [12, 'agent'],
      [30, 'auto'],
      [k.allowRelapse && !k.problem.request ? 10 : 0, 'relapse'],
    ]);
    if (outcome === 'confirm') {
      const c = k.clientAt(s + random.logNormal(6 * HOUR, 1));
      if (life.autoClosedBefore(c, random) || !life.go(c)) return;
      life.setStatus('closed', k.contactId);
      life.confirmedBy = k.contactId;
    } else if (outcome === 'agent') {
      const a = k.agentAt(s + random.logNormal(2 * DAY, 0.4));
      if (life.autoClosedBefore(a, random) || !life.go(a)) return;
      life.setStatus('closed', k.agent.id);
    } else if (outcome === 'auto') {
      life.autoClosedBefore(Infinity, random);
      if (life.status !== 'closed') return;
    } else {
      const c = k.clientAt(s + random.logNormal(20 * HOUR, 1));
      if (life.autoClosedBefore(c, random) || !life.go(c)) return;
      life.reopened = true;
      k.clientSays(k.problem.relapse && random.chance(0.6) ? k.problem.relapse : random.pick(CLIENT_RELAPSES)); // → in_progress
      if (!life.go(k.agentAt(c + k.responseDelay()))) return;
      if (random.chance(0.5)) {
        this.step(life, k);
        k.logTime(0.3);
        if (!this.rounds(life, 1, k)) return;
      } else {
        k.staffSays(random.pick(RELAPSE_FIXES));
        k.logTime(0.6);
        life.setStatus('resolved', k.agent.id);
      }
      this.afterResolution(life, { ...k, allowRelapse: false });
      return;
    }
    // closed after a resolution: once in a while the client calls back and an admin reopens it
    if (k.allowReopen && life.status === 'closed' && random.chance(0.004)) {
      if (!life.go(k.agentAt(life.t + random.int(1, 10) * DAY))) return;
      life.reopened = true;
      life.setStatus('in_progress', k.admin.id);
      life.message('public', k.admin.id, random.pick(REOPEN_MESSAGES).replace('{agent}', k.agent.firstName), true);
      if (random.chance(0.5)) life.message('internal', k.admin.id, random.pick(REOPEN_NOTES), true);
      const a = k.agentAt(life.t + k.responseDelay());
      if (life.autoClosedBefore(a, random) || !life.go(a)) return;
      k.staffSays(random.pick(RELAPSE_FIXES));
      k.logTime(0.5);
      life.setStatus('resolved', k.agent.id);
      this.afterResolution(life, { ...k, allowRelapse: false, allowReopen: false });
    }
  }

  /** The agent's next step while working on it, and what the client may answer. */
  private step(life: Life, k: Steps): void {
    const [step, replies] = k.random.pick(k.problem.request ? REQUEST_STEPS : AGENT_STEPS);
    k.staffSays(step);
    life.replies = replies;
  }

  /** Whatever waited five days on the client by now was closed by the job. */
  private finish(life: Life, random: Random): Life {
    life.stopped = false;
    life.autoClosedBefore(life.now, random);
    return life;
  }

  private emit(out: TicketBatches, t: { number: number; client: SeedClient; subject: string; description: string; requesterId: string; agent: SeedStaff; person: SeedContact; life: Life }) {
    const { random, files } = this.ctx;
    const { life, client, agent } = t;
    const id = random.uuid(life.createdAt);
    const assigned = life.assigneeId !== null;
    out.tickets.push(
      id,
      t.number,
      client.id,
      t.requesterId,
      t.person.id,
      t.subject,
      t.description,
      life.priority,
      life.status,
      life.assigneeId,
      life.resolvedById,
      life.version,
      life.createdAt,
      life.lastActivity,
      life.lastActivity,
      life.firstResponseAt,
      life.resolvedAt,
      life.closedAt,
      life.closedReason,
      life.lastPublicAt,
      life.lastPublicByStaff,
      life.awaitingSince(),
    );
    this.counts.tickets++;
    for (const [kind, from, to, actor, at] of life.events) {
      out.ticket_events.push(random.uuid(at), id, kind, from, to, actor, at);
      if (kind === 'assignee' && to && at > (this.lastAssigned.get(to) ?? 0)) this.lastAssigned.set(to, at);
    }
    this.counts.events += life.events.length;
    const attach = (kind: SampleFileKind, uploader: string, messageId: string | null, at: number) => {
      const file = random.pick(files.get(kind)!);
      out.attachments.push(random.uuid(at), uploader, id, messageId, random.pick(file.names), file.contentType, file.sizeBytes, file.sha256, file.storageKey, at);
      this.counts.attachments++;
    };
    if (life.ticketFile) attach(life.ticketFile.kind, life.ticketFile.uploader, null, life.ticketFile.at);
    for (const m of life.messages) {
      const messageId = random.uuid(m.at);
      out.messages.push(messageId, id, client.id, m.kind, m.author, m.body, m.at);
      if (m.file && m.author) attach(m.file, m.author, messageId, m.at - random.int(5, 120) * 1000);
    }
    this.counts.messages += life.messages.length;
    if (assigned) {
      for (const e of life.entries) {
        const day = localIsoDay(e.at);
        const rate = rateOn(agent.rates, day);
        const cost = rate === null ? 0 : entryCostCents(e.minutes, rate);
        out.time_entries.push(random.uuid(e.at), id, client.id, agent.id, day, e.minutes, e.note, rate, cost, e.at, e.at);
        const month = this.ctx.monthIndex(day);
        if (month >= 0 && month < this.ctx.months) this.ctx.monthCosts[client.index * this.ctx.months + month]! += cost;
      }
      this.counts.timeEntries += life.entries.length;
    }
    // the client's rating, once resolved (or closed after a resolution), credited to the assignee at resolution
    const rateable = isRateable({ status: life.status, resolvedAt: life.resolvedAt === null ? null : new Date(life.resolvedAt) });
    if (rateable && life.resolvedById && random.chance(life.reopened ? 0.3 : 0.42)) {
      const at = Math.round(life.confirmedBy && life.closedAt ? life.closedAt - random.int(10, 300) * 1000 : life.resolvedAt! + random.logNormal(8 * HOUR, 1.2));
      if (at <= life.now && at >= life.resolvedAt!) {
        const rater = life.confirmedBy ?? (random.chance(0.8) ? t.person.userId! : random.pick(client.portal).userId!);
        const resolutionDays = (life.resolvedAt! - life.createdAt) / DAY;
        const unhappy = life.reopened || life.slow || resolutionDays > 7;
        const stars = random.weighted(
          unhappy
            ? [[2, 5], [3, 4], [3, 3], [2, 2], [2, 1]]
            : [[12, 5], [6, 4], [1.5, 3], [0.6, 2], [0.4, 1]],
        );
        const pool = stars >= 4 ? GOOD_COMMENTS : stars === 3 ? MEDIUM_COMMENTS : BAD_COMMENTS;
        const comment = random.chance(0.35) ? null : random.pick(pool).replace('{agent}', agent.firstName);
        out.ratings.push(id, stars, comment, rater, life.resolvedById, at, at);
        this.counts.ratings++;
      }
    }
  }
}

/** The part of a problem's story `story` tells (see texts.ts). */
const told = <T>(list: readonly T[], story: number): T => list[story % list.length]!;

interface Plan {
  createdAt: number;
  problem: Problem;
  story: number;
  priority: Priority;
  person: SeedContact;
  agent: SeedStaff;
  opener: 'contact' | 'agent' | 'admin';
  requesterId: string;
  admin: SeedStaff;
  duplicateOf: number;
  fill: (text: string) => string;
}

interface Steps {
  problem: Problem;
  story: number;
  random: Random;
  agent: SeedStaff;
  agentAt: (ms: number) => number;
  clientAt: (ms: number) => number;
  responseDelay: () => number;
  staffSays: (body: string, first?: boolean, file?: SampleFileKind | null) => void;
  clientSays: (body: string) => void;
  note: (body: string) => void;
  logTime: (share: number) => void;
  fill: (text: string) => string;
}

const PRIORITY_MIX: Record<Priority, [number, Priority][]> = {
  high: [
    [55, 'high'],
    [40, 'normal'],
    [5, 'low'],
  ],
  normal: [
    [12, 'high'],
    [73, 'normal'],
    [15, 'low'],
  ],
  low: [
    [3, 'high'],
    [42, 'normal'],
    [55, 'low'],
  ],
};
