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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('contacts_client_email_key').on(t.clientId, t.email),
    uniqueIndex('contacts_user_key').on(t.userId),
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
    requesterId: uuid('requester_id').references(() => users.id),
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
