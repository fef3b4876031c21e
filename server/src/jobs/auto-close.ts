import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rows } from '../db/client.ts';
import { messages, tickets } from '../db/schema.ts';
import { currentSettings } from '../modules/settings/service.ts';
import * as ticketRepo from '../modules/tickets/repo.ts';
import type { TicketRow } from '../modules/tickets/policy.ts';
import { notifyStatus, statusChange } from '../modules/tickets/service.ts';

/** Body of the system line added to the discussion; the interface translates it. */
export const AUTO_CLOSED_MESSAGE = 'auto_closed';

/**
 * Close the tickets that have waited on the client `autoCloseDays` days (DOMAIN.md). Safe to run
 * in several processes at once: each batch locks its rows (`FOR UPDATE SKIP LOCKED`) and the
 * condition is read under the lock, so a ticket is closed once, with one system line and one
 * notification. `now` is the job's clock, injectable for tests.
 */
export async function runAutoClose(db: Db, now: Date, batchSize = 100): Promise<number> {
  const { autoCloseDays } = await currentSettings(db);
  if (autoCloseDays <= 0) return 0;
  const cutoff = new Date(now.getTime() - autoCloseDays * 86_400_000);
  let closed = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const due = await rows<{ id: string }>(
        tx,
        sql`select id from ${tickets}
            where ${tickets.awaitingClientSince} <= ${cutoff.toISOString()}::timestamptz
              and ${tickets.status} in ('resolved', 'in_progress')
            order by ${tickets.awaitingClientSince}
            limit ${batchSize} for update skip locked`,
      );
      if (due.length === 0) return 0;
      const batch = (await tx.select().from(tickets).where(inArray(tickets.id, due.map((d) => d.id)))) as TicketRow[];
      // one statement closes the batch: the rollup triggers then lock their rows once, in key
      // order, so two processes closing batches at once cannot deadlock on them
      // (the same change for every ticket: closing waits on nobody)
      const closing = statusChange(batch[0]!, 'closed', now, 'auto_inactivity');
      await tx
        .update(tickets)
        .set({ ...closing, version: sql`${tickets.version} + 1`, updatedAt: sql`now()` })
        .where(inArray(tickets.id, batch.map((t) => t.id)));
      for (const ticket of batch) {
        await ticketRepo.insertEvent(tx, { ticketId: ticket.id, kind: 'status', fromValue: ticket.status, toValue: 'closed', actorId: null, at: now });
        await tx.insert(messages).values({ ticketId: ticket.id, clientId: ticket.clientId, kind: 'system', authorId: null, body: AUTO_CLOSED_MESSAGE, createdAt: now });
        await notifyStatus(tx, ticket, 'closed', null);
      }
      return due.length;
    });
    closed += n;
    if (n < batchSize) return closed;
  }
}
