import { and, asc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias, union } from 'drizzle-orm/pg-core';
import type { Priority, TicketStatus } from '@guichet/contract/tickets';
import { prepared, type Executor } from '../../db/client.ts';
import { attachments, clients, messages, ratings, ticketEvents, tickets, timeEntries, users } from '../../db/schema.ts';
import { cursorTimestamp, invalidCursor } from '../../lib/cursor.ts';
import { attachmentsJson } from '../attachments/service.ts';

const requesters = alias(users, 'requesters');
const assignees = alias(users, 'assignees');

const names = { clientName: clients.name, requesterName: requesters.name, assigneeName: assignees.name };

/** What a line of the list shows (not the description: the list reads 26 of them a page). */
const summaryTicketColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  clientId: tickets.clientId,
  requesterId: tickets.requesterId,
  assigneeId: tickets.assigneeId,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  lastActivityAt: tickets.lastActivityAt,
  awaitingClientSince: tickets.awaitingClientSince,
  version: tickets.version,
};

export type TicketSummaryRow = {
  ticket: { [K in keyof typeof summaryTicketColumns]: (typeof tickets.$inferSelect)[K] };
  clientName: string;
  requesterName: string | null;
  assigneeName: string | null;
};

export interface TicketFilter {
  clientId?: string;
  statuses?: TicketStatus[];
  priorities?: Priority[];
  assignee?: string | 'none';
  from?: string;
  to?: string;
}

function filterConditions(f: TicketFilter, withStatus: boolean): SQL[] {
  const where: SQL[] = [];
  if (f.clientId) where.push(eq(tickets.clientId, f.clientId));
  if (withStatus && f.statuses?.length) where.push(inArray(tickets.status, f.statuses));
  if (f.priorities?.length) where.push(inArray(tickets.priority, f.priorities));
  if (f.assignee === 'none') where.push(isNull(tickets.assigneeId));
  else if (f.assignee) where.push(eq(tickets.assigneeId, f.assignee));
  if (f.from) where.push(gte(tickets.createdAt, sql`${f.from}::date`));
  if (f.to) where.push(lt(tickets.createdAt, sql`${f.to}::date + 1`));
  return where;
}

export type TicketSortKey = 'createdAt' | 'priority' | 'lastActivityAt';

/** Keyset sort: the columns (all indexed with id last) and how a cursor's key is read back. */
const sorts: Record<TicketSortKey, { columns: SQL[]; key: SQL<string>; parse: (k: string) => SQL[] }> = {
  createdAt: {
    columns: [sql`${tickets.createdAt}`],
    key: sql<string>`${tickets.createdAt}::text`,
    parse: (k) => [sql`${cursorTimestamp(k)}::timestamptz`],
  },
  lastActivityAt: {
    columns: [sql`${tickets.lastActivityAt}`],
    key: sql<string>`${tickets.lastActivityAt}::text`,
    parse: (k) => [sql`${cursorTimestamp(k)}::timestamptz`],
  },
  priority: {
    columns: [sql`${tickets.priorityRank}`, sql`${tickets.createdAt}`],
    key: sql<string>`${tickets.priorityRank} || '|' || ${tickets.createdAt}::text`,
    parse: (k) => {
      const [rank, at] = k.split('|');
      if (!rank || !/^[0-2]$/.test(rank) || !at) throw invalidCursor();
      return [sql`${Number(rank)}::smallint`, sql`${cursorTimestamp(at)}::timestamptz`];
    },
  },
};

export async function list(
  db: Executor,
  filter: TicketFilter,
  page: { sort: TicketSortKey; descending: boolean; after?: { sortKey: string; id: string }; limit: number },
) {
  const sort = sorts[page.sort];
  const where = filterConditions(filter, true);
  if (page.after) {
    const op = page.descending ? sql`<` : sql`>`;
    const left = sql.join([...sort.columns, sql`${tickets.id}`], sql`, `);
    const right = sql.join([...sort.parse(page.after.sortKey), sql`${page.after.id}::uuid`], sql`, `);
    where.push(sql`(${left}) ${op} (${right})`);
  }
  const dir = page.descending ? sql`desc` : sql`asc`;
  return db
    .select({ ticket: summaryTicketColumns, ...names, sortKey: sort.key })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(requesters, eq(requesters.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .where(and(...where))
    .orderBy(...[...sort.columns, sql`${tickets.id}`].map((c) => sql`${c} ${dir}`))
    .limit(page.limit);
}

export async function countByStatus(db: Executor, filter: TicketFilter) {
  return db
    .select({ status: tickets.status, n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(...filterConditions(filter, false)))
    .groupBy(tickets.status);
}

const ratingAgents = alias(users, 'rating_agents');

/**
 * The ticket page in one statement: the ticket with its names, its rating, its own attachments
 * (not its messages') and the time spent on it.
 */
export async function findPage(db: Executor, id: string) {
  const [row] = await prepared(db, 'ticket_page', () => pageQuery(db)).execute({ id });
  return row;
}

function pageQuery(db: Executor) {
  const spent = db
    .select({
      minutes: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)::int`.as('minutes'),
      costCents: sql<string>`coalesce(sum(${timeEntries.costCents}), 0)::bigint`.as('cost_cents'),
    })
    .from(timeEntries)
    .where(eq(timeEntries.ticketId, tickets.id))
    .as('spent');
  return db
    .select({
      ticket: tickets,
      ...names,
      rating: ratings,
      ratingAgentName: ratingAgents.name,
      attachments: attachmentsJson(and(eq(attachments.ticketId, tickets.id), isNull(attachments.messageId))!),
      timeSpentMinutes: spent.minutes,
      costCents: spent.costCents,
    })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(requesters, eq(requesters.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(ratings, eq(ratings.ticketId, tickets.id))
    .leftJoin(ratingAgents, eq(ratingAgents.id, ratings.agentId))
    .crossJoinLateral(spent)
    .where(eq(tickets.id, sql.placeholder('id')));
}

export type TicketPage = NonNullable<Awaited<ReturnType<typeof findPage>>>;

export async function insert(db: Executor, values: typeof tickets.$inferInsert) {
  const [row] = await db.insert(tickets).values(values).returning();
  return row!;
}

export async function update(db: Executor, id: string, values: Partial<typeof tickets.$inferInsert>) {
  const [row] = await db
    .update(tickets)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(tickets.id, id))
    .returning();
  return row!;
}

export async function insertEvent(db: Executor, values: typeof ticketEvents.$inferInsert) {
  await db.insert(ticketEvents).values(values);
}

export async function listEvents(db: Executor, ticketId: string) {
  const actorsAlias = alias(users, 'actors');
  return db
    .select({ event: ticketEvents, actorName: actorsAlias.name })
    .from(ticketEvents)
    .leftJoin(actorsAlias, eq(actorsAlias.id, ticketEvents.actorId))
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.at), asc(ticketEvents.seq));
}

export async function userNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findRating(db: Executor, ticketId: string) {
  const [row] = await db
    .select({ rating: ratings, agentName: users.name })
    .from(ratings)
    .leftJoin(users, eq(users.id, ratings.agentId))
    .where(eq(ratings.ticketId, ticketId));
  return row;
}

/**
 * The client's people to tell about a ticket: its requester if a contact, and every active contact
 * who wrote in it. A query of user ids, for `notifyAll`.
 */
export function clientParticipants(db: Executor, ticket: { id: string; requesterId: string | null }) {
  const writers = db
    .select({ id: users.id })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(and(eq(messages.ticketId, ticket.id), eq(users.role, 'contact'), eq(users.active, true)));
  if (!ticket.requesterId) return writers;
  const requester = db.select({ id: users.id }).from(users).where(and(eq(users.id, ticket.requesterId), eq(users.role, 'contact'), eq(users.active, true)));
  return union(writers, requester);
}
