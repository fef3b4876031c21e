import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../db/client.ts';

/**
 * The delivery half of a transactional outbox, shared by every channel that leaves the process
 * (mail now, webhooks next). A table of deliveries has `id`, `status` (`queued` → `sending` →
 * `sent` | `failed`), `attempts`, `next_attempt_at`, `locked_until`, `last_error` and `response`.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED` in a short transaction of their own (PGlite has one
 * connection: nothing waits on the network inside a transaction), so several processes never take
 * the same row; a row is sent at most once: one still `sending` when its lease ran out was cut off
 * mid-delivery (a crash) and is set aside as failed rather than sent twice.
 */
export type OutboxTable = 'mail_outbox';

/** Minutes before each retry: 1, 5, 15 min, 1, 3, 6, 12 h — about a day — then the delivery has failed. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720];

export const INTERRUPTED = 'interrupted while sending (the process stopped): not sent again on its own, to never send it twice';

/** When to try a delivery again after its `attempts`-th failed attempt, or null: give up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  const minutes = RETRY_DELAYS_MINUTES[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000);
}

/** Take up to `limit` due deliveries for this process, for `leaseMs`. */
export async function claimDue<Row>(db: Executor, table: OutboxTable, limit: number, leaseMs: number): Promise<Row[]> {
  const t = sql.raw(`"${table}"`);
  return rows<Row>(
    db,
    sql`update ${t} set status = 'sending', attempts = attempts + 1, locked_until = now() + ${`${leaseMs} milliseconds`}::interval
        where id in (select id from ${t} where status = 'queued' and next_attempt_at <= now()
                     order by next_attempt_at limit ${limit} for update skip locked)
        returning *`,
  );
}

export async function markDelivered(db: Executor, table: OutboxTable, id: string, response: string | null): Promise<void> {
  const t = sql.raw(`"${table}"`);
  // what the server accepted is sent, even if its lease ran out meanwhile and it was set aside as interrupted
  await db.execute(sql`update ${t} set status = 'sent', sent_at = now(), locked_until = null, last_error = null, response = ${response} where id = ${id} and status <> 'sent'`);
}

/** A failed attempt: tried again later, or failed for good when `permanent` or out of retries. */
export async function markAttemptFailed(
  db: Executor,
  table: OutboxTable,
  row: { id: string; attempts: number },
  failure: { error: string; response: string | null; permanent: boolean },
  now = new Date(),
): Promise<'retry' | 'failed'> {
  const t = sql.raw(`"${table}"`);
  const next = failure.permanent ? null : nextAttemptAt(row.attempts, now);
  await db.execute(
    sql`update ${t} set status = ${next ? 'queued' : 'failed'}, next_attempt_at = coalesce(${next?.toISOString() ?? null}::timestamptz, next_attempt_at),
          locked_until = null, last_error = ${failure.error.slice(0, 2000)}, response = ${failure.response?.slice(0, 2000) ?? null}
        where id = ${row.id} and status = 'sending'`,
  );
  return next ? 'retry' : 'failed';
}

/** Deliveries whose sender stopped mid-way (lease over): failed, with the reason (at most once). */
export async function failInterrupted(db: Executor, table: OutboxTable): Promise<number> {
  const t = sql.raw(`"${table}"`);
  const done = await rows<{ id: string }>(
    db,
    sql`update ${t} set status = 'failed', locked_until = null, last_error = ${INTERRUPTED} where status = 'sending' and locked_until < now() returning id`,
  );
  return done.length;
}

/** Send a failed delivery again (an admin's « Renvoyer »): queued now, with its attempts counted from zero. */
export async function requeue(db: Executor, table: OutboxTable, id: string): Promise<boolean> {
  const t = sql.raw(`"${table}"`);
  const done = await rows<{ id: string }>(
    db,
    sql`update ${t} set status = 'queued', attempts = 0, next_attempt_at = now(), last_error = null, response = null where id = ${id} and status = 'failed' returning id`,
  );
  return done.length > 0;
}
