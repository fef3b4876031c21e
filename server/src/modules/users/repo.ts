import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { likePattern } from '../../lib/cursor.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findById(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function insert(db: Executor, values: NewUser) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function update(db: Executor, id: string, patch: Partial<NewUser>) {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function list(
  db: Executor,
  filter: { roles: ('admin' | 'agent' | 'contact')[]; q?: string; after?: { name: string; id: string }; limit: number },
) {
  const nameKey = sql`lower(${users.name})`;
  const conditions: SQL[] = [inArray(users.role, filter.roles)];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (filter.after) conditions.push(sql`(${nameKey}, ${users.id}) > (${filter.after.name}, ${filter.after.id}::uuid)`);
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(nameKey), asc(users.id))
    .limit(filter.limit);
}

export async function countAdmins(db: Executor) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return row?.n ?? 0;
}

