import type { CreateUserBody, UpdateUserBody, User, UserList } from '@guichet/contract/users';
import type { Db, Executor } from '../../db/client.ts';
import { requireAdminSession, type Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { hashPassword } from '../../lib/secrets.ts';
import { revokeAllSessions } from '../auth/service.ts';
import * as repo from './repo.ts';

export function presentUser(row: repo.UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    locale: row.locale,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const emailTaken = () => conflict('email_taken', 'Another account already uses this e-mail address.');

async function insertUnique(db: Executor, values: repo.NewUser) {
  if (await repo.findByEmail(db, values.email)) throw emailTaken();
  try {
    return await repo.insert(db, values);
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) throw emailTaken();
    throw err;
  }
}

export async function listUsers(
  db: Executor,
  actor: Actor,
  query: { role: 'admin' | 'agent' | 'contact' | 'staff'; q?: string; limit: number; cursor?: string },
): Promise<UserList> {
  requireAdminSession(actor);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const roles = query.role === 'staff' ? (['admin', 'agent'] as const) : ([query.role] as const);
  const rows = await repo.list(db, {
    roles: [...roles],
    q: query.q,
    after: after && { name: after.sortKey, id: after.id },
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentUser),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.name.toLowerCase(), last.id) : null,
  };
}

export async function createUser(db: Executor, actor: Actor, body: CreateUserBody): Promise<User> {
  requireAdminSession(actor);
  const row = await insertUnique(db, {
    email: body.email,
    name: body.name,
    role: body.role,
    locale: body.locale,
    passwordHash: await hashPassword(body.password),
  });
  return presentUser(row);
}

async function findStaff(db: Executor, id: string) {
  const row = await repo.findById(db, id);
  if (!row || row.role === 'contact') throw notFound('user');
  return row;
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: UpdateUserBody): Promise<User> {
  requireAdminSession(actor);
  return db.transaction(async (tx) => {
    const current = await findStaff(tx, id);
    if (id === actor.userId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
      throw conflict('cannot_deactivate_self', 'You cannot deactivate yourself or remove your own admin role.');
    }
    const updated = (await repo.update(tx, id, patch))!;
    if (current.active && patch.active === false) await revokeAllSessions(tx, id);
    return presentUser(updated);
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string, password: string): Promise<void> {
  requireAdminSession(actor);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await findStaff(tx, id);
    await repo.update(tx, id, { passwordHash });
    await revokeAllSessions(tx, id);
  });
}

// ── Portal logins of client contacts (the clients service checks access before calling these) ──

export async function createPortalUser(
  db: Executor,
  input: { email: string; name: string; clientId: string; password: string },
): Promise<string> {
  const row = await insertUnique(db, {
    email: input.email,
    name: input.name,
    role: 'contact',
    clientId: input.clientId,
    passwordHash: await hashPassword(input.password),
  });
  return row.id;
}

export async function setPortalUser(
  db: Executor,
  userId: string,
  change: { active?: boolean; password?: string; email?: string; name?: string },
): Promise<void> {
  const { password, ...rest } = change;
  if (rest.email) {
    const other = await repo.findByEmail(db, rest.email);
    if (other && other.id !== userId) throw emailTaken();
  }
  await repo.update(db, userId, { ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) });
  if (change.active === false || password) await revokeAllSessions(db, userId);
}

/**
 * A production start without demo data: create the first admin from INITIAL_ADMIN_EMAIL and
 * INITIAL_ADMIN_PASSWORD when no admin exists (no password is ever generated and printed).
 */
export async function ensureInitialAdmin(db: Executor, email: string, password: string) {
  if ((await repo.countAdmins(db)) > 0) return false;
  await insertUnique(db, { email, name: 'Administrateur', role: 'admin', passwordHash: await hashPassword(password) });
  return true;
}
