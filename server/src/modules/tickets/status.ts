import type { Role } from '@guichet/contract/common';
import type { TicketStatus } from '@guichet/contract/tickets';

/**
 * The ticket state machine of DOMAIN.md, by who moves it:
 *
 *   open ──► in_progress ──► resolved ──► closed
 *     │           │    ▲          │
 *     │           │    └──────────┘  (a client reply reopens a resolved ticket)
 *     └───────────┴──────────────────► closed   (duplicate, spam, withdrawn)
 *
 * `closed` is final, except that an admin may reopen it (→ in_progress).
 */
const STAFF_MOVES: Record<TicketStatus, TicketStatus[]> = {
  open: ['in_progress', 'closed'],
  in_progress: ['resolved', 'closed'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

/** Status moves a person of this role may make by hand from `from`. */
export function allowedTransitions(from: TicketStatus, role: Role): TicketStatus[] {
  if (role === 'contact') return from === 'resolved' ? ['closed'] : []; // the client confirms the resolution
  if (from === 'closed') return role === 'admin' ? ['in_progress'] : [];
  return STAFF_MOVES[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus, role: Role): boolean {
  return allowedTransitions(from, role).includes(to);
}

/** DOMAIN.md « Rating »: a ticket can be rated once resolved, or closed after being resolved. */
export function isRateable(t: { status: TicketStatus; resolvedAt: Date | null }): boolean {
  return t.status === 'resolved' || (t.status === 'closed' && t.resolvedAt !== null);
}

/** Whether a ticket waits on the client, and since when (DOMAIN.md « Auto-close »). */
export function awaitingClientSince(t: {
  status: TicketStatus;
  resolvedAt: Date | null;
  lastPublicMessageAt: Date | null;
  lastPublicByStaff: boolean | null;
}): Date | null {
  if (t.status === 'resolved') return t.resolvedAt;
  if (t.status === 'in_progress' && t.lastPublicByStaff && t.lastPublicMessageAt) return t.lastPublicMessageAt;
  return null;
}

/** Auto-close is due when the ticket has waited on the client `days` days (0 = off). */
export function autoCloseDue(since: Date | null, now: Date, days: number): boolean {
  if (days <= 0 || !since) return false;
  return now.getTime() - since.getTime() >= days * 86_400_000;
}
