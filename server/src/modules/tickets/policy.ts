import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { tickets } from '../../db/schema.ts';
import { isStaff, type Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';

export type TicketRow = typeof tickets.$inferSelect;

/** Staff see every ticket; a contact only their own client's. */
export function canSeeTicket(actor: Actor, ticket: Pick<TicketRow, 'clientId'>): boolean {
  return isStaff(actor) || (actor.role === 'contact' && actor.clientId === ticket.clientId);
}

/**
 * The ticket if the caller may see it, else 404 (the same answer as for a ticket that does not
 * exist). `forUpdate` locks the row for the rest of the transaction.
 */
export async function loadVisibleTicket(db: Executor, actor: Actor, id: string, forUpdate = false): Promise<TicketRow> {
  const query = db.select().from(tickets).where(eq(tickets.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row || !canSeeTicket(actor, row)) throw notFound('ticket');
  return row;
}
