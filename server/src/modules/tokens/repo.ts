import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { apiTokens, users } from '../../db/schema.ts';

const columns = { token: apiTokens, creatorId: users.id, creatorName: users.name };

export async function list(db: Executor) {
  return db.select(columns).from(apiTokens).leftJoin(users, eq(users.id, apiTokens.createdBy)).orderBy(desc(apiTokens.createdAt));
}

export async function findById(db: Executor, id: string) {
  const [row] = await db.select(columns).from(apiTokens).leftJoin(users, eq(users.id, apiTokens.createdBy)).where(eq(apiTokens.id, id));
  return row;
}

export async function insert(db: Executor, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning({ id: apiTokens.id });
  return row!.id;
}

export async function revoke(db: Executor, id: string) {
  await db.update(apiTokens).set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` }).where(eq(apiTokens.id, id));
}
