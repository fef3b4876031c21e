import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
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
