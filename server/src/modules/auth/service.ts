import type { Me, UpdateMeBody } from '@guichet/contract/auth';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { burnPasswordCheck, newSecret, sha256, verifyPassword } from '../../lib/secrets.ts';
import * as repo from './repo.ts';

export const SESSION_COOKIE = 'guichet_session';
export const API_TOKEN_PREFIX = 'gch_';

export interface AuthSettings {
  sessionTtlMs: number;
  maxFailuresPerAccount: number;
  failureWindowMs: number;
}

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'E-mail or password is incorrect, or the account is deactivated.');

function presentMe(p: NonNullable<Awaited<ReturnType<typeof repo.findPrincipal>>>): Me {
  return {
    id: p.userId,
    email: p.email,
    name: p.name,
    role: p.role,
    locale: p.locale,
    clientId: p.clientId,
    clientName: p.clientName,
  };
}

export async function login(
  db: Db,
  settings: AuthSettings,
  input: { email: string; password: string; ip: string; userAgent: string | undefined },
): Promise<{ sessionSecret: string; expiresAt: Date; me: Me }> {
  // The attempt is counted before the password is checked, so parallel guesses cannot all slip
  // under the limit; a successful sign-in clears the account's count.
  const since = new Date(Date.now() - settings.failureWindowMs);
  await repo.recordFailure(db, input.email, input.ip);
  if ((await repo.countRecentFailures(db, input.email, since)) > settings.maxFailuresPerAccount) {
    throw new AppError(429, 'too_many_attempts', 'Too many failed sign-ins for this account; try again in 15 minutes.');
  }
  const creds = await repo.findCredentials(db, input.email);
  const ok = creds ? await verifyPassword(creds.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!creds || !ok || !creds.active) throw invalidCredentials();
  const sessionSecret = newSecret();
  const expiresAt = new Date(Date.now() + settings.sessionTtlMs);
  await db.transaction(async (tx) => {
    await repo.clearFailures(tx, input.email);
    await repo.insertSession(tx, {
      tokenHash: sha256(sessionSecret),
      userId: creds.userId,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
    });
    await repo.markLoggedIn(tx, creds.userId);
  });
  return { sessionSecret, expiresAt, me: presentMe(creds) };
}

export async function logout(db: Executor, actor: Actor): Promise<void> {
  if (actor.sessionId) await repo.revokeSession(db, actor.sessionId);
}

/**
 * Who is calling, from `Authorization: Bearer …` or the session cookie; null when neither is
 * valid. Sessions slide: used with less than TTL − 1 h left, they are extended (one write an hour).
 */
export async function authenticate(
  db: Db,
  settings: AuthSettings,
  credentials: { bearer: string | undefined; cookie: string | undefined },
): Promise<{ actor: Actor; renewedUntil?: Date } | null> {
  if (credentials.bearer !== undefined) {
    const token = await repo.findLiveToken(db, sha256(credentials.bearer));
    if (!token) return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) await repo.touchToken(db, token.tokenId);
    return { actor: { via: 'token', userId: token.createdBy, name: token.creatorName, role: 'admin', clientId: null, tokenId: token.tokenId } };
  }
  if (!credentials.cookie) return null;
  const session = await repo.findLiveSession(db, sha256(credentials.cookie));
  if (!session) return null;
  const actor: Actor = {
    via: 'session',
    userId: session.userId,
    name: session.name,
    role: session.role,
    clientId: session.clientId,
    contactId: session.contactId,
    sessionId: session.sessionId,
  };
  if (session.expiresAt.getTime() - Date.now() < settings.sessionTtlMs - 3600_000) {
    const renewedUntil = new Date(Date.now() + settings.sessionTtlMs);
    await repo.extendSession(db, session.sessionId, renewedUntil);
    return { actor, renewedUntil };
  }
  return { actor };
}

export async function getMe(db: Executor, actor: Actor): Promise<Me> {
  if (actor.via !== 'session' || !actor.userId) throw notFound('user');
  const principal = await repo.findPrincipal(db, actor.userId);
  if (!principal) throw notFound('user');
  return presentMe(principal);
}

export async function updateMe(db: Executor, actor: Actor, patch: UpdateMeBody): Promise<Me> {
  if (actor.via !== 'session' || !actor.userId) throw notFound('user');
  await repo.updateLocaleAndName(db, actor.userId, patch);
  return getMe(db, actor);
}

/** Sign a user out everywhere (deactivation, password reset). */
export const revokeAllSessions = (db: Executor, userId: string) => repo.revokeUserSessions(db, userId);
