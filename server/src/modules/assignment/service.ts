import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { rows } from '../../db/client.ts';
import { tickets } from '../../db/schema.ts';
import { agentStates, markAssigned } from '../agents/service.ts';
import { notify } from '../notifications/service.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { chooseAgent } from './choose.ts';

/** Held for the rest of the transaction: assignments happen one at a time, so loads are never stale. */
const ASSIGNMENT_LOCK = 727276;

export async function lockAssignment(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(${ASSIGNMENT_LOCK})`);
}

/**
 * Give the ticket to `agentId` (or take it away with null): record who did it (null = the
 * system), bump the version, and tell the new assignee.
 */
export async function setAssignee(
  tx: Executor,
  ticket: { id: string; assigneeId: string | null; version: number },
  agentId: string | null,
  actorId: string | null,
  now: Date,
) {
  const updated = await ticketRepo.update(tx, ticket.id, { assigneeId: agentId, version: ticket.version + 1 });
  await ticketRepo.insertEvent(tx, { ticketId: ticket.id, kind: 'assignee', fromValue: ticket.assigneeId, toValue: agentId, actorId, at: now });
  if (agentId) {
    await markAssigned(tx, agentId, now);
    await notify(tx, { kind: 'ticket_assigned', ticketId: ticket.id, actorId, recipients: [agentId] });
  }
  return updated;
}

/**
 * DOMAIN.md automatic assignment, inside the caller's transaction: least-loaded available agent,
 * ties to the least recently assigned. Null (and nothing changed) when nobody is available.
 */
export async function autoAssign(
  tx: Executor,
  ticket: { id: string; assigneeId: string | null; version: number },
  actorId: string | null,
  now: Date,
) {
  await lockAssignment(tx);
  const chosen = chooseAgent(await agentStates(tx), now);
  if (!chosen) return null;
  return setAssignee(tx, ticket, chosen.id, actorId, now);
}

/** Assign the waiting (unassigned, open or in progress) tickets, oldest first, while someone is available. */
export async function assignWaiting(db: Db, now: Date, max = 200): Promise<number> {
  let assigned = 0;
  while (assigned < max) {
    const done = await db.transaction(async (tx) => {
      await lockAssignment(tx);
      const [next] = await rows<{ id: string; assignee_id: string | null; version: number }>(
        tx,
        sql`select id, assignee_id, version from ${tickets}
            where ${tickets.assigneeId} is null and ${tickets.status} in ('open', 'in_progress')
            order by ${tickets.createdAt} limit 1 for update skip locked`,
      );
      if (!next) return false;
      const chosen = chooseAgent(await agentStates(tx), now);
      if (!chosen) return false;
      await setAssignee(tx, { id: next.id, assigneeId: null, version: next.version }, chosen.id, null, now);
      return true;
    });
    if (!done) break;
    assigned++;
  }
  return assigned;
}

