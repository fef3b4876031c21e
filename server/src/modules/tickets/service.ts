import type {
  AssignBody,
  CreateTicketBody,
  HistoryEvent,
  SearchMatch,
  Ticket,
  TicketList,
  TicketListQuery,
  TicketStatus,
  TicketSummary,
  UpdateTicketBody,
} from '@guichet/contract/tickets';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { isStaff, requireAdmin, requireStaff, type Actor } from '../../http/actor.ts';
import { badRequest, conflict, notFound } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { TtlCache } from '../../lib/ttl-cache.ts';
import { claimAttachments, presentAttachmentsJson } from '../attachments/service.ts';
import { agentStates } from '../agents/service.ts';
import { autoAssign, lockAssignment, setAssignee } from '../assignment/service.ts';
import { notify, notifyAdmins, notifyClient } from '../notifications/service.ts';
import { currentSettings } from '../settings/service.ts';
import { getClient } from '../clients/service.ts';
import { presentRating } from '../ratings/service.ts';
import { canSeeTicket, loadVisibleTicket, type TicketRow } from './policy.ts';
import * as repo from './repo.ts';
import { allowedTransitions, awaitingClientSince, canTransition, isRateable } from './status.ts';

// ── presenters ──

function presentSummary({ ticket: t, clientName, requesterName, assigneeName }: repo.TicketSummaryRow): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    client: { id: t.clientId, name: clientName },
    requester: requesterName && (t.requesterContactId ?? t.requesterId) ? { id: (t.requesterContactId ?? t.requesterId)!, name: requesterName } : null,
    assignee: t.assigneeId && assigneeName ? { id: t.assigneeId, name: assigneeName } : null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    lastActivityAt: t.lastActivityAt.toISOString(),
    waitingOn: t.status === 'closed' ? null : t.awaitingClientSince ? 'client' : 'support',
    version: t.version,
  };
}

function presentTicket(actor: Actor, page: repo.TicketPage): Ticket {
  const t = page.ticket;
  const staff = isStaff(actor);
  return {
    ...presentSummary(page),
    description: t.description,
    requesterContact: t.requesterContactId && page.requesterName && page.requesterContactEmail ? { id: t.requesterContactId, name: page.requesterName, email: page.requesterContactEmail } : null,
    cc: page.cc ?? [],
    source: t.source,
    originalMailId: isStaff(actor) ? page.originalMailId : null,
    firstResponseAt: t.firstResponseAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    closedReason: t.closedReason,
    attachments: presentAttachmentsJson(page.attachments),
    rating: page.rating ? presentRating({ rating: page.rating, agentName: page.ratingAgentName }) : null,
    timeSpentMinutes: staff ? page.timeSpentMinutes : 0,
    // money for admins only (DOMAIN.md)
    ...(actor.role === 'admin' && { costCents: Number(page.costCents) }),
    allowedTransitions: allowedTransitions(t.status, actor.role),
    can: {
      reply: t.status !== 'closed',
      internalNote: staff,
      assign: actor.role === 'admin',
      takeOver: actor.role === 'agent' && t.assigneeId === null && (t.status === 'open' || t.status === 'in_progress'),
      changePriority: staff && t.status !== 'closed',
      rate: actor.role === 'contact' && isRateable(t),
    },
  };
}

/** The ticket as the caller sees it, read back after a change they were allowed to make. */
async function presentSaved(db: Executor, actor: Actor, id: string): Promise<Ticket> {
  return presentTicket(actor, (await repo.findPage(db, id))!);
}

// ── reading ──

export async function listTickets(db: Executor, actor: Actor, query: z.output<typeof TicketListQuery>, searchTimeoutMs: number): Promise<TicketList> {
  const filter: repo.TicketFilter = {
    // A contact only ever sees their own client's tickets, whatever they ask for.
    clientId: actor.role === 'contact' ? actor.clientId! : query.clientId,
    statuses: query.status,
    priorities: query.priority,
    assignee: query.assigneeId === 'me' ? (actor.userId ?? undefined) : query.assigneeId,
    from: query.from,
    to: query.to,
  };
  // « #1042 » (or « 1042 ») is a ticket's number, not words to look for
  const number = /^#?(\d{1,12})$/.exec(query.q ?? '')?.[1];
  if (number) filter.number = Number(number);
  // internal notes match for staff only; a contact's search never reads them (DOMAIN.md)
  const search = query.q && !number ? ticketSearch(query.q, isStaff(actor), filter.clientId) : undefined;
  // a search with no word to look for finds nothing, without asking the database
  if (search === null) return { items: [], nextCursor: null, counts: noCounts() };
  const sort = (search ? query.sort : query.sort === 'relevance' ? undefined : query.sort) ?? (search ? 'relevance' : '-createdAt');
  const descending = sort === 'relevance' || sort.startsWith('-');
  const hits = search ? await repo.searchHits(db, search, filter, searchTimeoutMs) : undefined;
  if (hits?.length === 0) return { items: [], nextCursor: null, counts: noCounts() };
  const rows = await repo.list(
    db,
    filter,
    {
      sort: sort.replace('-', '') as repo.TicketSortKey,
      descending,
      after: query.cursor ? decodeCursor(query.cursor) : undefined,
      limit: query.limit + 1,
    },
    hits,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items = page.map(presentSummary);
  if (search) await addMatches(db, items, search);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey, last.ticket.id) : null,
    counts: await statusCounts(db, filter, hits),
  };
}

/** At most this many distinct words of a search are looked for. */
const MAX_SEARCH_WORDS = 8;

/**
 * The words of a search as a tsquery (letters and digits only: nothing of tsquery syntax gets
 * through): words of three characters or more as prefixes, two-character words as they are,
 * single letters (the « l » of « l'imprimante ») left out — a short prefix would make the index
 * collect nearly every row. Null when no word is left: nothing to look for.
 */
function ticketSearch(text: string, internalNotes: boolean, clientId: string | undefined): repo.TicketSearch | null {
  const words = [...new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))].filter((w) => w.length >= 2).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return { text, tsquery: words.map((w) => (w.length >= 3 ? `${w}:*` : w)).join(' & '), internalNotes, clientId };
}

/** Each item's matching passage, as plain-text segments (the markers come from ts_headline). */
async function addMatches(db: Executor, items: TicketSummary[], search: repo.TicketSearch) {
  const found = new Map((await repo.searchExcerpts(db, items.map((i) => i.id), search)).map((m) => [m.id, m]));
  for (const item of items) {
    const m = found.get(item.id);
    item.match = m?.field && m.excerpt !== null ? { field: m.field, excerpt: excerptSegments(`${m.cut_before ? '… ' : ''}${m.excerpt}${m.cut_after ? ' …' : ''}`) } : null;
  }
}

/** `a\u0001hit\u0002b` → [{a}, {hit, hit: true}, {b}]. */
export function excerptSegments(marked: string): SearchMatch['excerpt'] {
  const segments: SearchMatch['excerpt'] = [];
  for (const [i, part] of marked.split(/[\u0001\u0002]/).entries()) {
    if (part) segments.push({ text: part, hit: i % 2 === 1 });
  }
  return segments;
}

/**
 * Counts past this total are kept a few seconds (and served stale while one refresh runs):
 * counting a million tickets per list request would cost more than the list.
 */
const COUNT_CACHE_FROM = 20_000;
/** Zero tickets in every status: a fresh object each time, filled by the caller. */
const noCounts = (): Record<TicketStatus, number> => ({ open: 0, in_progress: 0, resolved: 0, closed: 0 });

const countCaches = new WeakMap<object, TtlCache<Record<TicketStatus, number>>>();

/** Tickets per status for a filter: exact below 20 000, otherwise at most ~5 s old. */
async function statusCounts(db: Executor, filter: repo.TicketFilter, hits?: repo.SearchHit[]): Promise<Record<TicketStatus, number>> {
  const count = async () => {
    const counts = noCounts();
    for (const c of await repo.countByStatus(db, filter, hits)) counts[c.status] = c.n;
    return counts;
  };
  // a search's hits are few (capped per kind of match): counted every time
  if (hits) return count();
  let cache = countCaches.get(db);
  if (!cache) countCaches.set(db, (cache = new TtlCache({ ttlMs: 5_000, staleMs: 55_000 })));
  return cache.get(JSON.stringify(filter), count, (c) => c.open + c.in_progress + c.resolved + c.closed >= COUNT_CACHE_FROM);
}

export async function getTicket(db: Executor, actor: Actor, id: string): Promise<Ticket> {
  // the page and the access check in one statement: what the caller may not see is not found
  const page = await repo.findPage(db, id);
  if (!page || !canSeeTicket(actor, page.ticket)) throw notFound('ticket');
  return presentTicket(actor, page);
}

export async function ticketHistory(db: Executor, actor: Actor, id: string): Promise<{ items: HistoryEvent[] }> {
  requireStaff(actor);
  await loadVisibleTicket(db, actor, id);
  const events = await repo.listEvents(db, id);
  const assigneeIds = events.filter((e) => e.event.kind === 'assignee').flatMap((e) => [e.event.fromValue, e.event.toValue]);
  const names = await repo.userNames(db, assigneeIds.filter((v): v is string => !!v));
  const shown = (kind: string, v: string | null) => (kind === 'assignee' && v ? (names.get(v) ?? v) : v);
  return {
    items: events.map(({ event: e, actorName }) => ({
      id: e.id,
      kind: e.kind,
      from: shown(e.kind, e.fromValue),
      to: shown(e.kind, e.toValue),
      actor: e.actorId && actorName ? { id: e.actorId, name: actorName } : null,
      at: e.at.toISOString(),
    })),
  };
}

// ── writing ──

export async function createTicket(db: Db, actor: Actor, body: z.output<typeof CreateTicketBody>, now = new Date()): Promise<Ticket> {
  let clientId: string;
  if (actor.role === 'contact') {
    clientId = actor.clientId!;
  } else {
    requireStaff(actor);
    if (!body.clientId) throw badRequest('validation_failed', 'Choose the client of the ticket.', [{ field: 'body.clientId', code: 'required', message: 'required' }]);
    clientId = (await getClient(db, actor, body.clientId)).id;
  }
  const ticket = await db.transaction((tx) => openTicket(tx, actor, { ...body, clientId }, now));
  return presentSaved(db, actor, ticket.id);
}

/**
 * Open a ticket in the caller's transaction (the caller checked the client): its requester — the
 * contact who writes (portal, mail), or the contact staff chose, by default the client's main one —
 * the contacts in copy, the attachments, the automatic assignment, and the news to everyone.
 */
export async function openTicket(
  tx: Executor,
  actor: Actor,
  body: Omit<z.output<typeof CreateTicketBody>, 'clientId'> & { clientId: string },
  now: Date,
  origin: { inReplyTo?: string } = {},
): Promise<TicketRow> {
  const settings = await currentSettings(tx);
  const people = await ticketPeople(tx, actor, body);
  // the assignment lock before the ticket's row exists: like every assignment, lock first, then
  // write (the insert's rollup rows would otherwise be held while waiting for the lock)
  if (settings.autoAssign) await lockAssignment(tx);
  const ticket = await repo.insert(tx, {
    clientId: body.clientId,
    requesterId: actor.userId,
    requesterContactId: people.requester,
    source: actor.via === 'mail' ? 'mail' : actor.via === 'token' ? 'api' : 'web',
    subject: body.subject,
    description: body.description,
    priority: body.priority,
    createdAt: now,
    lastActivityAt: now,
  });
  await repo.insertEvent(tx, { ticketId: ticket.id, kind: 'created', toValue: 'open', actorId: actor.userId, at: now });
  if (people.cc.length > 0) await repo.insertCc(tx, ticket.id, people.cc);
  if (actor.via !== 'mail') await claimAttachments(tx, actor, body.attachmentIds, { ticketId: ticket.id, messageId: null });
  const assigned = settings.autoAssign ? await autoAssign(tx, ticket, null, now) : null;
  const event = { ticketId: ticket.id, actorId: actor.userId, actorName: actor.name, ticket };
  if (!assigned) await notifyAdmins(tx, { ...event, kind: 'ticket_unassigned_waiting' });
  // the requester and the people in copy hear of it — a mail's sender too: the acknowledgement with its number
  const byMail = actor.via === 'mail';
  await notifyClient(tx, {
    ...event,
    kind: 'ticket_opened',
    // the sender of a mail is not left out (by their contact, nor by their portal login)
    actorId: byMail ? null : actor.userId,
    actorContactId: byMail ? null : actor.contactId,
    message: { id: ticket.id, body: body.description },
    inReplyTo: origin.inReplyTo,
  });
  return ticket;
}

/** The requester and the contacts in copy of a new ticket, checked to be contacts of its client (400 otherwise). */
async function ticketPeople(tx: Executor, actor: Actor, body: { clientId: string; requesterContactId?: string; ccContactIds: string[] }) {
  const asked = actor.role === 'contact' ? actor.contactId : body.requesterContactId;
  const known = await repo.clientContacts(tx, body.clientId, [...(asked ? [asked] : []), ...body.ccContactIds]);
  const invalid = (field: string) =>
    badRequest('invalid_contact', 'Choose contacts of the ticket’s client.', [{ field, code: 'invalid', message: 'not a contact of this client' }]);
  if (asked && !known.has(asked)) throw invalid('body.requesterContactId');
  if (body.ccContactIds.some((id) => !known.has(id))) throw invalid('body.ccContactIds');
  const requester = asked ?? (await repo.mainContact(tx, body.clientId));
  return { requester, cc: [...new Set(body.ccContactIds)].filter((id) => id !== requester) };
}

/** Set the status with what each move implies (dates, reason, who is credited, waiting on the client). */
export function statusChange(t: TicketRow, to: TicketStatus, now: Date, reason: 'manual' | 'auto_inactivity' = 'manual') {
  const patch: Partial<TicketRow> = { status: to, lastActivityAt: now };
  if (to === 'resolved') Object.assign(patch, { resolvedAt: now, resolvedById: t.assigneeId });
  if (to === 'closed') Object.assign(patch, { closedAt: now, closedReason: reason });
  if (to === 'in_progress') Object.assign(patch, { closedAt: null, closedReason: null, resolvedAt: null });
  // a reopened ticket waits on support (someone wants more done), whoever wrote last: the client's
  // clock starts again at the next public reply, never from a message older than the reopening
  const reopened = to === 'in_progress' && (t.status === 'resolved' || t.status === 'closed');
  patch.awaitingClientSince = reopened
    ? null
    : awaitingClientSince({
        status: to,
        resolvedAt: patch.resolvedAt !== undefined ? patch.resolvedAt : t.resolvedAt,
        lastPublicMessageAt: t.lastPublicMessageAt,
        lastPublicByStaff: t.lastPublicByStaff,
      });
  return patch;
}

/**
 * Who hears of a change of status: the client's people of its resolution and closing; the assignee
 * of any change someone else made (the client confirming, an admin reopening…).
 */
export async function notifyStatus(tx: Executor, t: TicketRow, to: TicketStatus, actor: Actor | null) {
  const event = { ticketId: t.id, actorId: actor?.userId ?? null, actorContactId: actor?.contactId ?? null, actorName: actor?.name ?? null, ticket: { ...t, status: to } };
  if (to === 'resolved' || to === 'closed') await notifyClient(tx, { ...event, kind: to === 'resolved' ? 'ticket_resolved' : 'ticket_closed' });
  // the system's moves (auto-close) are not news to the assignee
  if (actor && t.assigneeId) await notify(tx, { ...event, kind: 'ticket_status_changed', recipients: [t.assigneeId] });
}

async function checkAssignee(tx: Executor, actor: Actor, ticket: TicketRow, agentId: string | null) {
  if (actor.role === 'agent') {
    // An agent may only take an unassigned ticket for themselves.
    if (agentId !== actor.userId) throw notFound();
    if (ticket.assigneeId) throw conflict('already_assigned', 'Someone already has this ticket.');
    if (ticket.status === 'resolved' || ticket.status === 'closed') throw conflict('not_assignable', 'This ticket is finished.');
    return;
  }
  requireAdmin(actor);
  if (agentId && !(await agentStates(tx)).some((a) => a.id === agentId && a.active)) {
    throw badRequest('unknown_agent', 'This agent does not exist or is deactivated.');
  }
}

export async function updateTicket(db: Db, actor: Actor, id: string, body: UpdateTicketBody, now = new Date()): Promise<Ticket> {
  await db.transaction(async (tx) => {
    const t = await loadVisibleTicket(tx, actor, id, true);
    if (t.version !== body.version) {
      throw conflict('stale_version', 'This ticket changed since you read it; reload it and try again.', { version: t.version });
    }
    // The assignee first: a ticket resolved in the same request is credited to its new assignee.
    let current = t;
    if (body.assigneeId !== undefined && body.assigneeId !== t.assigneeId) {
      await checkAssignee(tx, actor, t, body.assigneeId);
      await lockAssignment(tx);
      current = await setAssignee(tx, t, body.assigneeId, actor.userId, now);
    }
    let patch: Partial<TicketRow> = {};
    if (body.status !== undefined && body.status !== t.status) {
      if (!canTransition(t.status, body.status, actor.role)) {
        throw conflict('illegal_transition', `A ticket cannot go from ${t.status} to ${body.status}.`, {
          from: t.status,
          to: body.status,
          allowed: allowedTransitions(t.status, actor.role),
        });
      }
      patch = statusChange(current, body.status, now);
      await repo.insertEvent(tx, { ticketId: id, kind: 'status', fromValue: t.status, toValue: body.status, actorId: actor.userId, at: now });
      await notifyStatus(tx, t, body.status, actor);
    }
    if (body.priority !== undefined && body.priority !== t.priority) {
      requireStaff(actor);
      if (t.status === 'closed') throw conflict('ticket_closed', 'A closed ticket cannot be changed.');
      patch.priority = body.priority;
      await repo.insertEvent(tx, { ticketId: id, kind: 'priority', fromValue: t.priority, toValue: body.priority, actorId: actor.userId, at: now });
    }
    const version = current.version;
    if (Object.keys(patch).length > 0) await repo.update(tx, id, { ...patch, version: version + 1 });
  });
  return presentSaved(db, actor, id);
}

export async function assignTicket(db: Db, actor: Actor, id: string, body: AssignBody, now = new Date()): Promise<Ticket> {
  requireStaff(actor);
  await db.transaction(async (tx) => {
    const t = await loadVisibleTicket(tx, actor, id, true);
    if (body.version !== t.version) {
      throw conflict('stale_version', 'This ticket changed since you read it; reload it and try again.', { version: t.version });
    }
    if ('auto' in body) {
      requireAdmin(actor);
      if (t.status === 'resolved' || t.status === 'closed') throw conflict('not_assignable', 'This ticket is finished.');
      if (!(await autoAssign(tx, t, actor.userId, now))) {
        throw conflict('no_agent_available', 'No agent is available now; the ticket stays in the unassigned queue.');
      }
      return;
    }
    if (body.agentId === t.assigneeId) return;
    await checkAssignee(tx, actor, t, body.agentId);
    await lockAssignment(tx);
    await setAssignee(tx, t, body.agentId, actor.userId, now);
  });
  return presentSaved(db, actor, id);
}
