import type { Rating } from '@guichet/contract/tickets';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ratings } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { loadVisibleTicket } from '../tickets/policy.ts';
import * as ticketRepo from '../tickets/repo.ts';
import { isRateable } from '../tickets/status.ts';

/**
 * A client contact rates a resolved ticket (or one closed after its resolution): one rating per
 * ticket, changeable, credited to the agent assigned when it was resolved.
 */
export async function rateTicket(db: Db, actor: Actor, ticketId: string, body: { stars: number; comment: string | null }): Promise<Rating> {
  if (actor.role !== 'contact') throw notFound();
  await db.transaction(async (tx) => {
    const t = await loadVisibleTicket(tx, actor, ticketId, true);
    if (!isRateable(t)) {
      throw conflict('not_rateable', 'A ticket can be rated once it is resolved.');
    }
    await tx
      .insert(ratings)
      .values({ ticketId, stars: body.stars, comment: body.comment, raterId: actor.userId, raterContactId: actor.contactId ?? null, agentId: t.resolvedById })
      .onConflictDoUpdate({
        target: ratings.ticketId,
        // credited to the agent of the latest resolution, also when the rating is changed after a reopening
        set: { stars: body.stars, comment: body.comment, raterId: actor.userId, raterContactId: actor.contactId ?? null, agentId: t.resolvedById, updatedAt: sql`now()` },
      });
  });
  return presentRating((await ticketRepo.findRating(db, ticketId))!);
}

export function presentRating(row: NonNullable<Awaited<ReturnType<typeof ticketRepo.findRating>>>): Rating {
  return {
    stars: row.rating.stars,
    comment: row.rating.comment,
    agent: row.rating.agentId && row.agentName ? { id: row.rating.agentId, name: row.agentName } : null,
    createdAt: row.rating.createdAt.toISOString(),
    updatedAt: row.rating.updatedAt.toISOString(),
  };
}
