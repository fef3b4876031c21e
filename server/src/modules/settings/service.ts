import type { Settings } from '@guichet/contract/settings';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { settings } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';

type Row = typeof settings.$inferSelect;

const present = (r: Row): Settings => ({
  autoCloseDays: r.autoCloseDays,
  autoAssign: r.autoAssign,
  maxFileBytes: r.maxFileBytes,
  allowedFileTypes: r.allowedFileTypes as Settings['allowedFileTypes'],
  currency: r.currency,
  timeZone: r.timeZone,
});

/** The settings the rules run on (no access check: for services and jobs). */
export async function currentSettings(db: Executor): Promise<Settings> {
  const [row] = await db.select().from(settings).where(eq(settings.id, 1));
  return present(row!);
}

export async function getSettings(db: Executor, actor: Actor): Promise<Settings> {
  requireAdmin(actor);
  return currentSettings(db);
}

export async function updateSettings(db: Executor, actor: Actor, patch: Partial<Settings>): Promise<Settings> {
  requireAdmin(actor);
  if (Object.keys(patch).length > 0) {
    await db.update(settings).set({ ...patch, updatedAt: sql`now()` }).where(eq(settings.id, 1));
  }
  return currentSettings(db);
}
