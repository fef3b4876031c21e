import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    companyId: text('company_id'),
    email: text('email'),
    phone: text('phone'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    postalCode: text('postal_code'),
    city: text('city'),
    country: text('country'),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('clients_external_ref_key').on(t.externalRef),
    // keyset pagination for each sort the list offers
    index('clients_name_sort_idx').on(sql`lower(${t.name})`, t.id),
    index('clients_ref_sort_idx').on(sql`coalesce(${t.externalRef}, '')`, t.id),
    index('clients_created_sort_idx').on(t.createdAt, t.id),
    // substring search (ILIKE '%q%') on name, reference and e-mail
    index('clients_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('clients_ref_trgm_idx').using('gin', sql`${t.externalRef} gin_trgm_ops`),
    index('clients_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'agent', 'contact'] }).notNull(),
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    locale: text('locale', { enum: ['fr', 'en'] }).notNull().default('fr'),
    /** Set for client contacts: the client whose portal they may use. */
    clientId: uuid('client_id').references(() => clients.id),
    /** Kinds of mail this person does not want (`MailCategory`); the bell still rings. */
    mailOptOut: text('mail_opt_out').array().notNull().default(sql`'{}'::text[]`),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_role_name_idx').on(t.role, sql`lower(${t.name})`, t.id),
    check('users_role_check', sql`${t.role} in ('admin', 'agent', 'contact')`),
    check('users_contact_client_check', sql`(${t.role} = 'contact') = (${t.clientId} is not null)`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    jobTitle: text('job_title'),
    /** The portal login of this contact, when one was given. */
    userId: uuid('user_id').references(() => users.id),
    /** The client's main contact: the default requester of a ticket staff open for the client (one per client). */
    main: boolean('main').notNull().default(false),
    /** The language of the mails this contact receives. */
    locale: text('locale', { enum: ['fr', 'en'] }).notNull().default('fr'),
    /** Kinds of mail this contact does not want (`MailCategory`). */
    mailOptOut: text('mail_opt_out').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('contacts_client_email_key').on(t.clientId, t.email),
    uniqueIndex('contacts_user_key').on(t.userId),
    uniqueIndex('contacts_main_key').on(t.clientId).where(sql`${t.main}`),
    // incoming mail: the contacts a sender's address belongs to
    index('contacts_email_idx').on(t.email),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** sha256 of the cookie value; the value itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash)],
);

/** Failed sign-ins, to slow down password guessing per account across processes. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_email_at_idx').on(t.email, t.at)],
);

// ── tickets ──

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number, from a sequence: unique and increasing even under concurrent creation. */
    number: bigserial('number', { mode: 'number' }).notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** Who opened it: the contact's portal login, or the staff member (null: by mail, or an API token). */
    requesterId: uuid('requester_id').references(() => users.id),
    /** The contact of the client the ticket is for (DOMAIN.md « Requester and people in copy »); null only for tickets from before it existed. */
    requesterContactId: uuid('requester_contact_id').references((): AnyPgColumn => contacts.id),
    /** Where it came from: the web app (staff or portal), a mail, or the API. */
    source: text('source', { enum: ['web', 'mail', 'api'] }).notNull().default('web'),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high'] }).notNull().default('normal'),
    /** 0 low, 1 normal, 2 high: sortable, kept in step with `priority` by the database. */
    priorityRank: smallint('priority_rank')
      .notNull()
      .generatedAlwaysAs(sql`case priority when 'high' then 2 when 'normal' then 1 else 0 end`),
    status: text('status', { enum: ['open', 'in_progress', 'resolved', 'closed'] }).notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    /** The assignee when the ticket was last resolved: the agent its rating is credited to. */
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedReason: text('closed_reason', { enum: ['manual', 'auto_inactivity'] }),
    /** Latest public message: who wrote it (staff or client) decides whether the ticket waits on the client. */
    lastPublicMessageAt: timestamp('last_public_message_at', { withTimezone: true }),
    lastPublicByStaff: boolean('last_public_by_staff'),
    /** Since when the ticket waits on the client (DOMAIN.md), null when it does not: drives auto-close. */
    awaitingClientSince: timestamp('awaiting_client_since', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('tickets_number_key').on(t.number),
    // what `messages.client_id` refers to, with the ticket: a message's client is its ticket's
    unique('tickets_id_client_key').on(t.id, t.clientId),
    check('tickets_status_check', sql`${t.status} in ('open', 'in_progress', 'resolved', 'closed')`),
    check('tickets_priority_check', sql`${t.priority} in ('low', 'normal', 'high')`),
    index('tickets_created_idx').on(t.createdAt, t.id),
    index('tickets_client_created_idx').on(t.clientId, t.createdAt, t.id),
    index('tickets_status_created_idx').on(t.status, t.createdAt, t.id),
    index('tickets_assignee_status_idx').on(t.assigneeId, t.status),
    index('tickets_activity_idx').on(t.lastActivityAt, t.id),
    index('tickets_priority_idx').on(t.priorityRank, t.createdAt, t.id),
    index('tickets_unassigned_idx')
      .on(t.createdAt)
      .where(sql`${t.assigneeId} is null and ${t.status} in ('open', 'in_progress')`),
    index('tickets_awaiting_idx')
      .on(t.awaitingClientSince)
      .where(sql`${t.awaitingClientSince} is not null`),
    // performance report (migration 0008 adds INCLUDE columns so a period's figures read the index alone)
    index('tickets_resolved_idx').on(t.resolvedAt).where(sql`${t.resolvedAt} is not null`),
    index('tickets_closed_idx').on(t.closedAt).where(sql`${t.status} = 'closed'`),
    index('tickets_created_cover_idx').on(t.createdAt),
    // an agent's or a client's resolved tickets (medians read from the index alone: INCLUDE in 0009)
    index('tickets_assignee_resolved_idx').on(t.assigneeId, t.resolvedAt).where(sql`${t.resolvedAt} is not null`),
    index('tickets_client_resolved_idx').on(t.clientId, t.resolvedAt).where(sql`${t.resolvedAt} is not null`),
  ],
);

export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    kind: text('kind', { enum: ['created', 'status', 'priority', 'assignee', 'time'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    /** null = the system (auto-assign, auto-close). */
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order, for events recorded at the same instant (created, then auto-assigned). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.at, t.seq)],
);

/** Contacts in copy of a ticket (same client as the ticket): told of its public replies, resolution and closing. */
export const ticketCc = pgTable(
  'ticket_cc',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.contactId] })],
);

// tickets and messages also have a generated `search_vector` (tsvector) with GIN indexes, and
// tickets a trigram index on the unaccented subject: migration 0007_search.sql, kept out of this
// schema so that selecting a row does not carry its tsvector.
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** The ticket's client (which never changes; the foreign key with `ticket_id` holds them together), so a client's search walks its own messages newest first. */
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['public', 'internal', 'system'] }).notNull(),
    authorId: uuid('author_id').references(() => users.id),
    /** The client's contact who wrote it (by the portal or by mail); null for staff and system lines. */
    authorContactId: uuid('author_contact_id').references(() => contacts.id),
    /** The mail it came from, when it came by mail (the whole original is kept there). */
    inboundMailId: uuid('inbound_mail_id').references((): AnyPgColumn => inboundMails.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('messages_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    // search: the newest matching messages, of everyone or of one client (migration 0009)
    index('messages_created_idx').on(t.createdAt),
    index('messages_client_created_idx').on(t.clientId, t.createdAt),
    foreignKey({ name: 'messages_ticket_client_fk', columns: [t.ticketId, t.clientId], foreignColumns: [tickets.id, tickets.clientId] }),
  ],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploaderId: uuid('uploader_id').references(() => users.id),
    /** Set when the file is attached to a ticket (its description) or a message. */
    ticketId: uuid('ticket_id').references(() => tickets.id),
    messageId: uuid('message_id').references(() => messages.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Generated file name under the storage folder; never derived from the user's name. */
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_ticket_idx').on(t.ticketId), index('attachments_message_idx').on(t.messageId)],
);

export const ratings = pgTable('ratings', {
  ticketId: uuid('ticket_id')
    .primaryKey()
    .references(() => tickets.id),
  stars: smallint('stars').notNull(),
  comment: text('comment'),
  raterId: uuid('rater_id').references(() => users.id),
  /** The contact who rated (by the portal or from the mail's signed link). */
  raterContactId: uuid('rater_contact_id').references(() => contacts.id),
  /** Credited agent: the assignee when the ticket was resolved. */
  agentId: uuid('agent_id').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [check('ratings_stars_check', sql`${t.stars} between 1 and 5`), index('ratings_agent_idx').on(t.agentId, t.createdAt), index('ratings_created_idx').on(t.createdAt)]);

// ── agents ──

export const agentProfiles = pgTable('agent_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  available: boolean('available').notNull().default(true),
  timezone: text('timezone').notNull().default('Europe/Paris'),
  /** `{ mon: [{start:'09:00', end:'17:30'}], … }` in `timezone`. */
  workingHours: jsonb('working_hours').$type<Record<string, { start: string; end: string }[]>>().notNull(),
  capacity: integer('capacity'),
  lastAssignedAt: timestamp('last_assigned_at', { withTimezone: true }),
});

export const agentLeaves = pgTable(
  'agent_leaves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    note: text('note'),
  },
  (t) => [index('agent_leaves_agent_idx').on(t.agentId, t.endsOn)],
);

// ── notifications and settings ──

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    actorId: uuid('actor_id').references(() => users.id),
    /** Budget alerts: the alert this notification announces. */
    budgetAlertId: uuid('budget_alert_id').references((): AnyPgColumn => budgetAlerts.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** For the e-mail channel to come: when this notification was mailed. */
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** One row (id = 1) of settings the admin changes at run time. */
export const settings = pgTable(
  'settings',
  {
    id: smallint('id').primaryKey().default(1),
    autoCloseDays: integer('auto_close_days').notNull().default(5),
    autoAssign: boolean('auto_assign').notNull().default(true),
    maxFileBytes: integer('max_file_bytes').notNull().default(10 * 1024 * 1024),
    allowedFileTypes: text('allowed_file_types')
      .array()
      .notNull()
      .default(sql`array['image/png','image/jpeg','image/gif','image/webp','application/pdf','text/plain']`),
    currency: text('currency').notNull().default('EUR'),
    /** The company's time zone: « today » for budgets and report periods. */
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    updatedAt: updatedAt(),
  },
  (t) => [check('settings_single_row', sql`${t.id} = 1`)],
);

// ── time and money ──

/** An agent's hourly cost, effective from a day until the next one. */
export const agentRates = pgTable(
  'agent_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id),
    effectiveFrom: date('effective_from').notNull(),
    hourlyRateCents: integer('hourly_rate_cents').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('agent_rates_agent_day_key').on(t.agentId, t.effectiveFrom),
    check('agent_rates_amount_check', sql`${t.hourlyRateCents} >= 0`),
  ],
);

export const timeEntries = pgTable(
  'time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** The ticket's client, copied (a ticket never changes client) so period costs need no join. */
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id),
    workDate: date('work_date').notNull(),
    minutes: integer('minutes').notNull(),
    note: text('note'),
    /** The rate applied (null: the agent had no rate on that day) and the resulting cost, kept in step by re-pricing. */
    hourlyRateCents: integer('hourly_rate_cents'),
    costCents: integer('cost_cents').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('time_entries_minutes_check', sql`${t.minutes} between 1 and 1440`),
    index('time_entries_ticket_idx').on(t.ticketId, t.workDate),
    index('time_entries_agent_day_idx').on(t.agentId, t.workDate),
    index('time_entries_client_day_idx').on(t.clientId, t.workDate),
    // the migration adds INCLUDE (client_id, agent_id, minutes, cost_cents): index-only scans of a few days
    index('time_entries_day_idx').on(t.workDate),
  ],
);

// ── rollups, kept in step by triggers (migration 0006) ──

/**
 * Each agent's open + in-progress tickets, maintained by a statement trigger on `tickets`: the
 * automatic assignment reads one row per agent instead of counting tickets.
 */
export const agentLoads = pgTable('agent_loads', {
  agentId: uuid('agent_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  activeTickets: integer('active_tickets').notNull().default(0),
});

/** Time entries per client and calendar month (first day), maintained by statement triggers on `time_entries`. */
export const costClientMonths = pgTable(
  'cost_client_months',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    month: date('month').notNull(),
    entries: integer('entries').notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.month] }), index('cost_client_months_month_idx').on(t.month)],
);

/** Time entries per agent and work day, maintained by statement triggers on `time_entries`. */
export const costAgentDays = pgTable(
  'cost_agent_days',
  {
    agentId: uuid('agent_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workDate: date('work_date').notNull(),
    entries: integer('entries').notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agentId, t.workDate] }), index('cost_agent_days_day_idx').on(t.workDate)],
);

/**
 * Tickets per company day (the time zone of the settings) and current assignee — the nil uuid for
 * none: opened with their first responses, resolved with their resolution times, closed. Kept by
 * statement triggers on `tickets`, rebuilt when the time zone changes (migration 0009). Durations
 * in milliseconds.
 */
export const ticketStatsDays = pgTable(
  'ticket_stats_days',
  {
    day: date('day').notNull(),
    agentId: uuid('agent_id').notNull(),
    opened: integer('opened').notNull().default(0),
    firstResponses: integer('first_responses').notNull().default(0),
    firstResponseMs: bigint('first_response_ms', { mode: 'number' }).notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    resolutionMs: bigint('resolution_ms', { mode: 'number' }).notNull().default(0),
    closed: integer('closed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.agentId] })],
);

/**
 * Tickets resolved per company day and resolution-time bucket (`guichet_resolution_bucket`: the
 * minute below 100 minutes, then 2 % wide), for the medians of large periods. Same triggers.
 */
export const resolutionDays = pgTable(
  'resolution_days',
  {
    day: date('day').notNull(),
    bucket: integer('bucket').notNull(),
    tickets: integer('tickets').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.bucket] })],
);

/** Ratings per company day and credited agent (the nil uuid for none), with their stars added up. Same triggers' family, on `ratings`. */
export const ratingDays = pgTable(
  'rating_days',
  {
    day: date('day').notNull(),
    agentId: uuid('agent_id').notNull(),
    ratings: integer('ratings').notNull().default(0),
    stars: integer('stars').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.agentId] })],
);

// ── budgets ──

/** A client's forecast cost over one calendar period (first to last day, inclusive). Periods of one client never overlap. */
export const budgets = pgTable(
  'budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    periodKind: text('period_kind', { enum: ['month', 'quarter', 'year'] }).notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    amountCents: integer('amount_cents').notNull(),
    thresholds: integer('thresholds').array().notNull().default(sql`array[80,100]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('budgets_client_start_key').on(t.clientId, t.periodStart),
    index('budgets_period_idx').on(t.periodStart, t.periodEnd),
    check('budgets_amount_check', sql`${t.amountCents} > 0`),
    check('budgets_period_check', sql`${t.periodStart} <= ${t.periodEnd}`),
  ],
);

/**
 * An alert a budget raised: a threshold crossed, or the projection over the budget. The unique
 * key makes « once per threshold per budget » hold with any number of writers (insert … on
 * conflict do nothing); rows stay when usage dips back, so a second crossing sends nothing.
 */
export const budgetAlerts = pgTable(
  'budget_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['threshold', 'projection'] }).notNull(),
    /** The percent crossed; 0 for the projection alert (one per budget). */
    thresholdPercent: integer('threshold_percent').notNull(),
    actualCents: bigint('actual_cents', { mode: 'number' }).notNull(),
    projectedCents: bigint('projected_cents', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('budget_alerts_once_key').on(t.budgetId, t.kind, t.thresholdPercent)],
);

// ── mail ──

/**
 * Outgoing mail (transactional outbox): a row is written in the transaction of the event it
 * announces, rendered once (what is shown in Administration → Courriels is what is sent), then
 * claimed by one worker (`FOR UPDATE SKIP LOCKED`), sent, and marked. `sending` rows whose lease
 * ran out were interrupted mid-send: they are not sent again on their own (at most once).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The notification kind it announces (`ticket_opened`, `agent_replied`, …). */
    kind: text('kind').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    /** The recipient: a user (staff, or a contact's login) and/or a contact. */
    userId: uuid('user_id').references(() => users.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    toEmail: text('to_email').notNull(),
    toName: text('to_name'),
    locale: text('locale', { enum: ['fr', 'en'] }).notNull(),
    /** `<…@domain>`: unique, so a reply that quotes it finds its ticket. */
    messageId: text('message_id').notNull(),
    /** The signed tag of the reply address (`support+<tag>@…`), added to the From address when sent. */
    replyTag: text('reply_tag'),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** Extra headers (In-Reply-To, References, Reply-To, List-Unsubscribe, Auto-Submitted…). */
    headers: jsonb('headers').$type<Record<string, string>>().notNull(),
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** The server's answer to the delivery (or to the last failure). */
    response: text('response'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mail_outbox_message_id_key').on(t.messageId),
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index('mail_outbox_sending_idx').on(t.lockedUntil).where(sql`${t.status} = 'sending'`),
    index('mail_outbox_created_idx').on(t.createdAt, t.id),
    index('mail_outbox_ticket_idx').on(t.ticketId),
    check('mail_outbox_status_check', sql`${t.status} in ('queued', 'sending', 'sent', 'failed')`),
  ],
);

/**
 * One row (id = 1): how to reach the mail servers (values from the environment win over these),
 * the signing key of the links in mails, and where the mailbox poller is.
 */
export const mailSettings = pgTable(
  'mail_settings',
  {
    id: smallint('id').primaryKey().default(1),
    /** Random key (hex, 244 random bits from the database's strong generator) made once: signs rating, preference and reply links. */
    signingKey: text('signing_key').notNull().default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    fromAddress: text('from_address'),
    fromName: text('from_name'),
    smtpHost: text('smtp_host'),
    smtpPort: integer('smtp_port'),
    smtpSecurity: text('smtp_security', { enum: ['none', 'starttls', 'tls'] }).notNull().default('starttls'),
    smtpUser: text('smtp_user'),
    /** Encrypted with the key from the environment (`MAIL_SECRET_KEY`). */
    smtpPasswordEnc: text('smtp_password_enc'),
    imapEnabled: boolean('imap_enabled').notNull().default(false),
    imapHost: text('imap_host'),
    imapPort: integer('imap_port'),
    imapTls: boolean('imap_tls').notNull().default(true),
    imapUser: text('imap_user'),
    imapPasswordEnc: text('imap_password_enc'),
    imapFolder: text('imap_folder').notNull().default('INBOX'),
    /** The mailbox's UIDVALIDITY and the last UID taken in (a new UIDVALIDITY starts again, deduplicated by Message-ID). */
    imapUidValidity: bigint('imap_uid_validity', { mode: 'number' }),
    imapLastUid: bigint('imap_last_uid', { mode: 'number' }).notNull().default(0),
    /** The one process polling the mailbox, until when (a lease, renewed while it polls). */
    pollOwner: text('poll_owner'),
    pollLeaseUntil: timestamp('poll_lease_until', { withTimezone: true }),
    lastPollAt: timestamp('last_poll_at', { withTimezone: true }),
    lastPollError: text('last_poll_error'),
    updatedAt: updatedAt(),
  },
  (t) => [check('mail_settings_single_row', sql`${t.id} = 1`)],
);

/**
 * A mail taken in from the support mailbox, once (its Message-ID is unique): what became of it
 * (a ticket, a reply, quarantine, or set aside because it could not be read) and the raw message.
 */
export const inboundMails = pgTable(
  'inbound_mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull(),
    uidValidity: bigint('uid_validity', { mode: 'number' }),
    uid: bigint('uid', { mode: 'number' }),
    fromEmail: text('from_email'),
    fromName: text('from_name'),
    subject: text('subject'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    status: text('status', { enum: ['ticket', 'reply', 'quarantined', 'failed', 'deleted'] }).notNull(),
    /** Why it is in quarantine or was set aside (`unknown_sender`, `auto_reply`, `bounce`, `loop`, `other_client`, `unreadable`…). */
    reason: text('reason'),
    detail: text('detail'),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    /** The whole text of the mail (the message shows it without quoted history and signature). */
    text: text('text'),
    /** The raw message (.eml) in the file store. */
    rawKey: text('raw_key'),
    sizeBytes: integer('size_bytes').notNull().default(0),
    attachmentCount: integer('attachment_count').notNull().default(0),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('inbound_mails_message_id_key').on(t.messageId),
    index('inbound_mails_status_idx').on(t.status, t.receivedAt),
    index('inbound_mails_received_idx').on(t.receivedAt, t.id),
    // loops: how many mails one sender sent in the last hour
    index('inbound_mails_from_idx').on(t.fromEmail, t.receivedAt),
    // a ticket's mails (the first one threads every mail of the ticket)
    index('inbound_mails_ticket_idx').on(t.ticketId),
  ],
);
