import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/client.ts';
import { clients, contacts, users } from '../../db/schema.ts';
import { cursorTimestamp, likePattern } from '../../lib/cursor.ts';

export type ClientRow = typeof clients.$inferSelect;
export type ClientValues = Omit<typeof clients.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type ContactRow = typeof contacts.$inferSelect;

const contactCount = sql<number>`(select count(*)::int from contacts ct where ct.client_id = "clients"."id")`;

/** Sort key of each list order; the same expressions back the keyset indexes in the schema. */
const sortKeys = {
  name: sql`lower(${clients.name})`,
  externalRef: sql`coalesce(${clients.externalRef}, '')`,
  createdAt: sql`${clients.createdAt}`,
} as const;

export type ClientSortKey = keyof typeof sortKeys;

export async function list(
  db: Executor,
  filter: {
    q?: string;
    active?: boolean;
    sort: ClientSortKey;
    descending: boolean;
    after?: { sortKey: string; id: string };
    limit: number;
  },
) {
  const key = sortKeys[filter.sort];
  const where = searchConditions(filter);
  if (filter.after) {
    const cursorKey = filter.sort === 'createdAt' ? sql`${cursorTimestamp(filter.after.sortKey)}::timestamptz` : sql`${filter.after.sortKey}`;
    const op = filter.descending ? sql`<` : sql`>`;
    where.push(sql`(${key}, ${clients.id}) ${op} (${cursorKey}, ${filter.after.id}::uuid)`);
  }
  const dir = filter.descending ? sql`desc` : sql`asc`;
  return db
    .select({ client: clients, contactCount, sortKey: sql<string>`(${key})::text` })
    .from(clients)
    .where(and(...where))
    .orderBy(sql`${key} ${dir}`, sql`${clients.id} ${dir}`)
    .limit(filter.limit);
}

function searchConditions(filter: { q?: string; active?: boolean }): SQL[] {
  const where: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    where.push(sql`(${clients.name} ilike ${pattern} or ${clients.externalRef} ilike ${pattern} or ${clients.email} ilike ${pattern})`);
  }
  if (filter.active !== undefined) where.push(eq(clients.active, filter.active));
  return where;
}

export async function count(db: Executor, filter: { q?: string; active?: boolean }) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(clients)
    .where(and(...searchConditions(filter)));
  return row?.n ?? 0;
}

export async function findById(db: Executor, id: string) {
  const [row] = await db.select({ client: clients, contactCount }).from(clients).where(eq(clients.id, id));
  return row;
}

export async function findByRef(db: Executor, externalRef: string) {
  const [row] = await db.select({ client: clients, contactCount }).from(clients).where(eq(clients.externalRef, externalRef));
  return row;
}

/** Lock a client row for the rest of the transaction (upserts of the same reference queue up). */
export async function lockByRef(db: Executor, externalRef: string) {
  const found = await rows<{ id: string }>(db, sql`select id from ${clients} where ${clients.externalRef} = ${externalRef} for update`);
  return found[0]?.id;
}

export async function insert(db: Executor, values: ClientValues) {
  const [row] = await db.insert(clients).values(values).returning({ id: clients.id });
  return row!.id;
}

export async function update(db: Executor, id: string, values: Partial<ClientValues>) {
  await db
    .update(clients)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(clients.id, id));
}

// ── contacts ──

const contactColumns = { contact: contacts, userActive: users.active };

export async function listContacts(db: Executor, clientId: string) {
  return db
    .select(contactColumns)
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.userId))
    .where(eq(contacts.clientId, clientId))
    .orderBy(desc(contacts.main), asc(sql`lower(${contacts.name})`), asc(contacts.id));
}

export async function hasMainContact(db: Executor, clientId: string): Promise<boolean> {
  const [row] = await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.clientId, clientId), eq(contacts.main, true)));
  return !!row;
}

export async function clearMainContact(db: Executor, clientId: string) {
  await db.update(contacts).set({ main: false }).where(and(eq(contacts.clientId, clientId), eq(contacts.main, true)));
}

export async function findContact(db: Executor, clientId: string, contactId: string) {
  const [row] = await db
    .select(contactColumns)
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.userId))
    .where(and(eq(contacts.clientId, clientId), eq(contacts.id, contactId)));
  return row;
}

export async function findContactByEmail(db: Executor, clientId: string, email: string) {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.clientId, clientId), eq(contacts.email, email)));
  return row;
}

export async function insertContact(db: Executor, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning({ id: contacts.id });
  return row!.id;
}

export async function updateContact(db: Executor, id: string, values: Partial<typeof contacts.$inferInsert>) {
  await db
    .update(contacts)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(contacts.id, id));
}
