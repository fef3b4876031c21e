import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Priority, TicketStatus } from '@guichet/contract/tickets';
import { prepared, rows, type Executor } from '../../db/client.ts';
import { attachments, clients, contacts, inboundMails, messages, ratings, ticketCc, ticketEvents, tickets, timeEntries, users } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { cursorTimestamp, invalidCursor, likePattern } from '../../lib/cursor.ts';
import { attachmentsJson } from '../attachments/service.ts';

const requesters = alias(users, 'requesters');
const requesterContacts = alias(contacts, 'requester_contacts');
const assignees = alias(users, 'assignees');

/** The requester's name: the contact's, or (tickets from before requesters were contacts) the opener's. */
const names = {
  clientName: clients.name,
  requesterName: sql<string | null>`coalesce(${requesterContacts.name}, ${requesters.name})`,
  assigneeName: assignees.name,
};

/** What a line of the list shows (not the description: the list reads 26 of them a page). */
const summaryTicketColumns = {
  id: tickets.id,
  number: tickets.number,
  subject: tickets.subject,
  status: tickets.status,
  priority: tickets.priority,
  clientId: tickets.clientId,
  requesterId: tickets.requesterId,
  requesterContactId: tickets.requesterContactId,
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
  /** One ticket by its number (`q=#1042`). */
  number?: number;
  statuses?: TicketStatus[];
  priorities?: Priority[];
  assignee?: string | 'none';
  from?: string;
  to?: string;
}

function filterConditions(f: TicketFilter, withStatus: boolean): SQL[] {
  const where: SQL[] = [];
  if (f.clientId) where.push(eq(tickets.clientId, f.clientId));
  if (f.number !== undefined) where.push(eq(tickets.number, f.number));
  if (withStatus && f.statuses?.length) where.push(inArray(tickets.status, f.statuses));
  if (f.priorities?.length) where.push(inArray(tickets.priority, f.priorities));
  if (f.assignee === 'none') where.push(isNull(tickets.assigneeId));
  else if (f.assignee) where.push(eq(tickets.assigneeId, f.assignee));
  if (f.from) where.push(gte(tickets.createdAt, sql`${f.from}::date`));
  if (f.to) where.push(lt(tickets.createdAt, sql`${f.to}::date + 1`));
  return where;
}

export type TicketSortKey = 'createdAt' | 'priority' | 'lastActivityAt' | 'relevance';

/** Keyset sort: the columns (all indexed with id last) and how a cursor's key is read back. */
const sorts: Record<TicketSortKey, { columns: SQL[]; key: SQL<string>; parse: (k: string) => SQL[] }> = {
  // the search's rank (a real: its text form reads back to the same value), from `searchHits`
  relevance: {
    columns: [sql`hits.rank`],
    key: sql<string>`hits.rank::text`,
    parse: (k) => {
      if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(k)) throw invalidCursor();
      return [sql`${k}::real`];
    },
  },
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
  hits?: SearchHit[],
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
  const query = db
    .select({ ticket: summaryTicketColumns, ...names, sortKey: sort.key })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(requesters, eq(requesters.id, tickets.requesterId))
    .leftJoin(requesterContacts, eq(requesterContacts.id, tickets.requesterContactId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .$dynamic();
  if (hits) query.innerJoin(hitsTable(hits), sql`hits.id = ${tickets.id}`);
  return query
    .where(and(...where))
    .orderBy(...[...sort.columns, sql`${tickets.id}`].map((c) => sql`${c} ${dir}`))
    .limit(page.limit);
}

export async function countByStatus(db: Executor, filter: TicketFilter, hits?: SearchHit[]) {
  const query = db
    .select({ status: tickets.status, n: sql<number>`count(*)::int` })
    .from(tickets)
    .$dynamic();
  if (hits) query.innerJoin(hitsTable(hits), sql`hits.id = ${tickets.id}`);
  return query.where(and(...filterConditions(filter, false))).groupBy(tickets.status);
}

// ── search ──

/**
 * A search: the words as typed (for trigrams and the client name) and as a prefix tsquery text
 * built from letters and digits only. `internalNotes`: whether notes may match (staff only).
 */
export interface TicketSearch {
  text: string;
  tsquery: string;
  internalNotes: boolean;
  /** The client the list is limited to (always, for a contact): client names are only looked up there. */
  clientId?: string;
}

const searchConfig = sql.raw(`'guichet_fr'::regconfig`);
const tsq = (s: TicketSearch) => sql`to_tsquery(${searchConfig}, ${s.tsquery})`;
const visibleKinds = (s: TicketSearch) => (s.internalNotes ? sql`('public', 'internal', 'system')` : sql`('public', 'system')`);
const ticketVector = sql.raw(`"tickets"."search_vector"`);
const messageVector = sql.raw(`"messages"."search_vector"`);

/**
 * How many matches of each kind a search ranks at most. A word found in a large share of a big
 * base (« imprimante » in 5 % of a million tickets) would otherwise rank tens of thousands of rows
 * on every page; past this, the newest matching tickets and the tickets of the newest matching
 * messages are ranked — found by walking the creation-date indexes newest first, which stops as
 * soon as this many are found — and more words or a filter narrow the search
 * (docs/decisions.md, « Ticket search »).
 */
export const SEARCH_BRANCH_LIMIT = 200;

/**
 * Tickets matching a search, each with its rank (real): words in the subject (weight A) or the
 * description (B), or in a visible message (half as much), or the text in the client's name; only
 * when no word matches anywhere, subjects and client names close to the text (trigrams: typos).
 * Each branch is one index scan — GIN on the tsvectors for rare words, the creation-date indexes
 * walked newest first for common ones (the planner picks by the words' frequency), trigram GIN
 * for typos — narrowed by the list's filters (a client's messages through their own `client_id`)
 * and capped at SEARCH_BRANCH_LIMIT.
 */
function searchHitsQuery(s: TicketSearch, where: SQL[]): SQL {
  const q = tsq(s);
  const narrowed = where.length ? sql` and ${and(...where)}` : sql``;
  const pattern = likePattern(s.text);
  const cap = sql.raw(String(SEARCH_BRANCH_LIMIT));
  return sql`with words as (
      (select ${tickets.id} as id, ts_rank(${ticketVector}, ${q}) as rank
        from ${tickets} where ${ticketVector} @@ ${q}${narrowed}
        order by ${tickets.createdAt} desc limit ${cap})
      union all
      (select ${messages.ticketId}, ts_rank(${messageVector}, ${q}) * 0.5::real
        from ${messages} join ${tickets} on ${tickets.id} = ${messages.ticketId}
        where ${messageVector} @@ ${q} and ${messages.kind} in ${visibleKinds(s)}${s.clientId ? sql` and ${messages.clientId} = ${s.clientId}` : sql``}${narrowed}
        order by ${messages.createdAt} desc limit ${cap})
    ), client_names as (
      -- the few clients whose name holds the text, then their tickets by client_id
      select ${tickets.id} as id, 0.1::real as rank
        from ${tickets}
        where ${tickets.clientId} = any(array(
          select ${clients.id} from ${clients}
          where ${clients.name} ilike ${pattern}${s.clientId ? sql` and ${clients.id} = ${s.clientId}` : sql``}
          limit 20
        ))${narrowed}
        limit ${cap}
    ), typos as (
      -- only when no word matches: subjects, then client names, close to the text (trigrams)
      (select ${tickets.id} as id, word_similarity(guichet_unaccent(${s.text}), guichet_unaccent(${tickets.subject})) * 0.2::real as rank
        from ${tickets}
        where not exists (select from words) and guichet_unaccent(${s.text}) <% guichet_unaccent(${tickets.subject})${narrowed}
        limit ${cap})
      union all
      (select ${tickets.id}, 0.05::real
        from ${tickets}
        where not exists (select from words) and ${tickets.clientId} = any(array(
          select ${clients.id} from ${clients}
          where ${s.text} <% ${clients.name}${s.clientId ? sql` and ${clients.id} = ${s.clientId}` : sql``}
          limit 20
        ))${narrowed}
        limit ${cap})
    )
    select id, max(rank)::real as rank
    from (select * from words union all select * from client_names union all select * from typos) as branch
    group by id`;
}

/** A ticket a search found, with its rank (a real, as text: it reads back to the same value). */
export interface SearchHit {
  id: string;
  rank: string;
}

/**
 * The tickets a search finds under the list's filters but its statuses (the counts per status
 * are of every status; the page keeps the chosen ones): one statement, whose result the page and
 * the counts then join (`hitsTable`) instead of searching again.
 */
export async function searchHits(db: Executor, s: TicketSearch, filter: TicketFilter, timeoutMs: number): Promise<SearchHit[]> {
  try {
    return await db.transaction(async (tx) => {
      // a search the planner gets wrong must not hold a connection for long (PGlite has no timer: it ignores this)
      await tx.execute(sql.raw(`set local statement_timeout = ${Math.round(timeoutMs)}`));
      return rows<SearchHit>(tx, sql`select id, rank::text as rank from (${searchHitsQuery(s, filterConditions(filter, false))}) as found`);
    });
  } catch (e) {
    if (isQueryCanceled(e)) throw new AppError(503, 'search_timeout', 'This search takes too long: add words or a filter.');
    throw e;
  }
}

/** PostgreSQL's « canceling statement due to statement timeout » (57014), however the driver wraps it. */
const isQueryCanceled = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && ((e as { code?: unknown }).code === '57014' || isQueryCanceled((e as { cause?: unknown }).cause));

/** Hits as a table `hits(id, rank)`, passed as two arrays. */
const hitsTable = (hits: SearchHit[]) =>
  sql`(select * from unnest(${`{${hits.map((h) => h.id).join(',')}}`}::uuid[], ${`{${hits.map((h) => h.rank).join(',')}}`}::real[]) as h(id, rank)) as hits`;

export type MatchField = 'subject' | 'description' | 'message' | 'internal_note' | 'client';

/**
 * Where each listed ticket matched, with the passage cut by ts_headline between \u0001 and \u0002
 * (stripped from the text first, so only real hits carry them), and whether text was left out
 * before or after it. Only a visible message is read.
 */
export async function searchExcerpts(db: Executor, ids: string[], s: TicketSearch) {
  if (ids.length === 0) return [];
  const q = tsq(s);
  const pattern = likePattern(s.text);
  const options = 'StartSel=\u0001, StopSel=\u0002, MaxWords=24, MinWords=10, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "';
  // whether the passage was cut before its first fragment or after its last (punctuation aside)
  const bare = (text: SQL) => sql`regexp_replace(regexp_replace(${text}, '^[^[:alnum:]]+', ''), '[^[:alnum:]]+$', '')`;
  return rows<{ id: string; field: MatchField | null; excerpt: string | null; cut_before: boolean; cut_after: boolean }>(
    db,
    sql`select id, field, excerpt,
          not starts_with(${bare(sql`passage`)}, ${bare(sql`split_part(plain, ' … ', 1)`)}) as cut_before,
          right(${bare(sql`passage`)}, length(${bare(sql`regexp_replace(plain, '^.* … ', '')`)})) <> ${bare(sql`regexp_replace(plain, '^.* … ', '')`)} as cut_after
      from (
        select id, field, passage, excerpt, translate(excerpt, E'\\x01\\x02', '') as plain
        from (
          select id, field, passage, ts_headline(${searchConfig}, passage, ${q}, ${options}) as excerpt
          from (
            select id, field, translate(passage, E'\\x01\\x02', '') as passage
            from (
        select ${tickets.id} as id,
          case when to_tsvector(${searchConfig}, ${tickets.subject}) @@ ${q} then 'subject'
               when to_tsvector(${searchConfig}, ${tickets.description}) @@ ${q} then 'description'
               when m.body is not null then case when m.kind = 'internal' then 'internal_note' else 'message' end
               when guichet_unaccent(${s.text}) <% guichet_unaccent(${tickets.subject}) then 'subject'
               when ${s.text} <% ${clients.name} or ${clients.name} ilike ${pattern} then 'client' end as field,
          case when to_tsvector(${searchConfig}, ${tickets.subject}) @@ ${q} then ${tickets.subject}
               when to_tsvector(${searchConfig}, ${tickets.description}) @@ ${q} then ${tickets.description}
               when m.body is not null then m.body
               when guichet_unaccent(${s.text}) <% guichet_unaccent(${tickets.subject}) then ${tickets.subject}
               else ${clients.name} end as passage
        from ${tickets}
        join ${clients} on ${clients.id} = ${tickets.clientId}
        left join lateral (
          select ${messages.body} as body, ${messages.kind} as kind from ${messages}
          where ${messages.ticketId} = ${tickets.id} and ${messageVector} @@ ${q} and ${messages.kind} in ${visibleKinds(s)}
          order by ts_rank(${messageVector}, ${q}) desc, ${messages.createdAt} limit 1
        ) m on true
        where ${inArray(tickets.id, ids)}
      ) as matched) as cleaned) as headlined) as excerpts`,
  );
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
      requesterContactEmail: requesterContacts.email,
      originalMailId: sql<string | null>`case when ${tickets.source} = 'mail' then (select ${inboundMails.id} from ${inboundMails} where ${inboundMails.ticketId} = ${tickets.id} and ${inboundMails.status} = 'ticket' limit 1) end`,
      cc: sql<{ id: string; name: string; email: string }[] | null>`(select json_agg(json_build_object('id', ${contacts.id}, 'name', ${contacts.name}, 'email', ${contacts.email}) order by lower(${contacts.name}))
        from ${ticketCc} join ${contacts} on ${contacts.id} = ${ticketCc.contactId} where ${ticketCc.ticketId} = ${tickets.id})`,
    })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .leftJoin(requesters, eq(requesters.id, tickets.requesterId))
    .leftJoin(requesterContacts, eq(requesterContacts.id, tickets.requesterContactId))
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

export async function insertCc(db: Executor, ticketId: string, contactIds: string[]) {
  await db.insert(ticketCc).values(contactIds.map((contactId) => ({ ticketId, contactId })));
}

/** Which of these contacts belong to the client. */
export async function clientContacts(db: Executor, clientId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.clientId, clientId), inArray(contacts.id, [...new Set(ids)])));
  return new Set(found.map((r) => r.id));
}

/** The client's main contact, else its oldest (null: the client has no contact). */
export async function mainContact(db: Executor, clientId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(eq(contacts.clientId, clientId))
    .orderBy(desc(contacts.main), asc(contacts.createdAt), asc(contacts.id))
    .limit(1);
  return row?.id ?? null;
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
