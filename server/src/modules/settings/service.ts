import type { Settings } from '@guichet/contract/settings';
import { eq, sql } from 'drizzle-orm';
import { rows, type Executor } from '../../db/client.ts';
import { settings } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { badRequest } from '../../http/errors.ts';
import { todayIn } from '../budgets/periods.ts';

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

/** « Today » in the company's time zone, with the zone and the currency: the day budgets, reports and work dates go by. */
export async function companyDay(db: Executor, now: Date = new Date()): Promise<{ today: string; timeZone: string; currency: string }> {
  const s = await currentSettings(db);
  return { today: todayIn(s.timeZone, now), timeZone: s.timeZone, currency: s.currency };
}

export async function getSettings(db: Executor, actor: Actor): Promise<Settings> {
  requireAdmin(actor);
  return currentSettings(db);
}

export async function updateSettings(db: Executor, actor: Actor, patch: Partial<Settings>): Promise<Settings> {
  requireAdmin(actor);
  if (patch.timeZone !== undefined) patch = { ...patch, timeZone: await databaseTimeZone(db, patch.timeZone) };
  if (Object.keys(patch).length > 0) {
    await db.update(settings).set({ ...patch, updatedAt: sql`now()` }).where(eq(settings.id, 1));
  }
  return currentSettings(db);
}

/** A time zone both JavaScript and the database know (« today » is computed on both sides), by its canonical name. */
async function databaseTimeZone(db: Executor, name: string): Promise<string> {
  const canonical = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  const found = await rows<{ name: string }>(db, sql`select name from pg_timezone_names where name = ${canonical}`);
  if (found.length === 0) throw badRequest('validation_failed', 'Invalid request.', [{ field: 'timeZone', code: 'invalid', message: 'unknown time zone' }]);
  return canonical;
}
