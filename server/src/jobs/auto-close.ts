import { sql } from 'drizzle-orm';
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
      for (const { id } of due) {
        const [t] = await tx.select().from(tickets).where(sql`${tickets.id} = ${id}`);
        const ticket = t as TicketRow;
        await ticketRepo.update(tx, id, { ...statusChange(ticket, 'closed', now, 'auto_inactivity'), version: ticket.version + 1 });
        await ticketRepo.insertEvent(tx, { ticketId: id, kind: 'status', fromValue: ticket.status, toValue: 'closed', actorId: null, at: now });
        await tx.insert(messages).values({ ticketId: id, kind: 'system', authorId: null, body: AUTO_CLOSED_MESSAGE, createdAt: now });
        await notifyStatus(tx, ticket, 'closed', null);
      }
      return due.length;
    });
    closed += n;
    if (n < batchSize) return closed;
  }
}
