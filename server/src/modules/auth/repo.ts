import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { prepared, type Db, type Executor } from '../../db/client.ts';
import { apiTokens, clients, contacts, loginFailures, sessions, users } from '../../db/schema.ts';

const principalColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  clientId: users.clientId,
  clientName: clients.name,
  active: users.active,
};

export async function findCredentials(db: Executor, email: string) {
  const [row] = await db
    .select({ ...principalColumns, passwordHash: users.passwordHash })
    .from(users)
    .leftJoin(clients, eq(clients.id, users.clientId))
    .where(eq(users.email, email));
  return row;
}

export async function findPrincipal(db: Executor, userId: string) {
  const [row] = await db
    .select(principalColumns)
    .from(users)
    .leftJoin(clients, eq(clients.id, users.clientId))
    .where(eq(users.id, userId));
  return row;
}

export async function countRecentFailures(db: Executor, email: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

export async function recordFailure(db: Executor, email: string, ip: string) {
  await db.insert(loginFailures).values({ email, ip });
}

export async function clearFailures(db: Executor, email: string) {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}

export async function insertSession(
  db: Executor,
  values: { tokenHash: string; userId: string; expiresAt: Date; ip: string; userAgent: string | undefined },
) {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id });
  return row!;
}

export async function markLoggedIn(db: Executor, userId: string) {
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, userId));
}

/** A live session with its user; revoked, expired or deactivated ones are not found. Every request asks. */
export async function findLiveSession(db: Db, tokenHash: string) {
  const [row] = await prepared(db, 'live_session', () =>
    db
      .select({ sessionId: sessions.id, expiresAt: sessions.expiresAt, userId: users.id, name: users.name, role: users.role, clientId: users.clientId, contactId: contacts.id })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(contacts, eq(contacts.userId, users.id))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql`now()`),
          eq(users.active, true),
        ),
      ),
  ).execute({ tokenHash });
  return row;
}

export async function extendSession(db: Executor, sessionId: string, expiresAt: Date) {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(db: Executor, sessionId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: string) {
  await db.update(sessions).set({ revokedAt: sql`now()` }).where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function findLiveToken(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ tokenId: apiTokens.id, createdBy: apiTokens.createdBy, creatorName: users.name, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    // A token works only while the admin who created it is still an active admin.
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true), eq(users.role, 'admin')));
  return row;
}

export async function touchToken(db: Executor, tokenId: string) {
  await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, tokenId));
}

export async function updateLocaleAndName(db: Executor, userId: string, patch: { locale?: 'fr' | 'en'; name?: string }) {
  if (Object.keys(patch).length === 0) return;
  await db.update(users).set({ ...patch, updatedAt: sql`now()` }).where(eq(users.id, userId));
}
