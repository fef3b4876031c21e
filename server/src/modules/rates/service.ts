import type { CreateRateBody, Rate, RateList, RatePreview } from '@guichet/contract/time';
import { and, asc, desc, eq, gt, gte, lt, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { agentRates, timeEntries } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { getAgent } from '../agents/service.ts';
import { checkBudgetAlertsAfterWrite } from '../budgets/service.ts';
import { currentSettings } from '../settings/service.ts';
import { repricing } from '../time/money.ts';

const present = (r: typeof agentRates.$inferSelect): Rate => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  hourlyRateCents: r.hourlyRateCents,
  createdAt: r.createdAt.toISOString(),
});

/** The hourly rate in effect for an agent on a day (no access check: for the time service). */
export async function rateInEffect(db: Executor, agentId: string, workDate: string): Promise<number | null> {
  const [row] = await db
    .select({ cents: agentRates.hourlyRateCents })
    .from(agentRates)
    .where(and(eq(agentRates.agentId, agentId), lte(agentRates.effectiveFrom, workDate)))
    .orderBy(desc(agentRates.effectiveFrom))
    .limit(1);
  return row?.cents ?? null;
}

export async function listRates(db: Executor, actor: Actor, agentId: string): Promise<RateList> {
  requireAdmin(actor);
  await getAgent(db, actor, agentId);
  const rows = await db.select().from(agentRates).where(eq(agentRates.agentId, agentId)).orderBy(asc(agentRates.effectiveFrom));
  return { items: rows.map(present), currency: (await currentSettings(db)).currency };
}

async function nextRateDay(db: Executor, agentId: string, day: string): Promise<string | undefined> {
  const [next] = await db
    .select({ day: agentRates.effectiveFrom })
    .from(agentRates)
    .where(and(eq(agentRates.agentId, agentId), gt(agentRates.effectiveFrom, day)))
    .orderBy(asc(agentRates.effectiveFrom))
    .limit(1);
  return next?.day;
}

/** How many entries, and how much money, adding this rate would re-price. */
export async function previewRate(db: Executor, actor: Actor, agentId: string, body: CreateRateBody): Promise<RatePreview> {
  requireAdmin(actor);
  await getAgent(db, actor, agentId);
  const rates = await db.select().from(agentRates).where(eq(agentRates.agentId, agentId));
  const entries = await db
    .select({ workDate: timeEntries.workDate, minutes: timeEntries.minutes, costCents: timeEntries.costCents })
    .from(timeEntries)
    .where(and(eq(timeEntries.agentId, agentId), gte(timeEntries.workDate, body.effectiveFrom)));
  return repricing(
    rates.filter((r) => r.effectiveFrom !== body.effectiveFrom),
    { effectiveFrom: body.effectiveFrom, hourlyRateCents: body.hourlyRateCents },
    entries,
  );
}

/**
 * Add a rate (or change the one of that day). Entries from its day up to the next rate are
 * re-priced in the same transaction: an earlier day, entered on purpose, rewrites those costs.
 */
export async function addRate(db: Db, actor: Actor, agentId: string, body: CreateRateBody): Promise<RateList> {
  requireAdmin(actor);
  await getAgent(db, actor, agentId);
  await db.transaction(async (tx) => {
    await tx
      .insert(agentRates)
      .values({ agentId, effectiveFrom: body.effectiveFrom, hourlyRateCents: body.hourlyRateCents, createdBy: actor.userId })
      .onConflictDoUpdate({ target: [agentRates.agentId, agentRates.effectiveFrom], set: { hourlyRateCents: body.hourlyRateCents } });
    const until = await nextRateDay(tx, agentId, body.effectiveFrom);
    const rate = body.hourlyRateCents;
    await tx
      .update(timeEntries)
      .set({
        hourlyRateCents: rate,
        // entryCostCents() in SQL: round(minutes × rate / 60), half up, in integers
        costCents: sql`(${timeEntries.minutes} * ${rate}::bigint * 2 + 60) / 120`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(timeEntries.agentId, agentId),
          gte(timeEntries.workDate, body.effectiveFrom),
          until ? lt(timeEntries.workDate, until) : undefined,
        ),
      );
  });
  // re-priced entries move actual: budgets covering those days may cross a threshold
  await checkBudgetAlertsAfterWrite(db, { from: body.effectiveFrom });
  return listRates(db, actor, agentId);
}
