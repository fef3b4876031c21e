import type { Role } from '@guichet/contract/common';
import { notFound } from './errors.ts';

/** Who is calling: a signed-in user, or an API token an admin created. */
export interface Actor {
  /** A session, an API token, or a mail from a client's contact (the support mailbox). */
  via: 'session' | 'token' | 'mail';
  /** The user signed in, or the admin who created the token (null if that user is gone). */
  userId: string | null;
  /** That user's name (a message's author is shown with it). */
  name: string | null;
  role: Role;
  clientId: string | null;
  /** A client's contact: their contact record (requester, author, rater). */
  contactId?: string | null;
  sessionId?: string;
  tokenId?: string;
}

export const isStaff = (actor: Actor) => actor.role === 'admin' || actor.role === 'agent';

/**
 * Access checks, first line of every service function. A caller who may not see a thing gets
 * the same 404 as for a thing that does not exist, so ids cannot be probed.
 */
export function requireStaff(actor: Actor): void {
  if (!isStaff(actor)) throw notFound();
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw notFound();
}

/** Managing people and tokens needs a person: a token cannot mint tokens or accounts. */
export function requireAdminSession(actor: Actor): void {
  if (actor.role !== 'admin' || actor.via !== 'session') throw notFound();
}
