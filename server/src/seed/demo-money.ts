import { faker } from '@faker-js/faker/locale/fr';
import { and, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { agentRates, budgets, tickets, timeEntries } from '../db/schema.ts';
import { addDays, nextPeriod, periodOf } from '../modules/budgets/periods.ts';
import { entryCostCents } from '../modules/time/money.ts';

const RATES_CENTS = [4500, 5200, 3800];
/** How each demo budget compares with what was spent: under, near a threshold, over. */
const BUDGET_FACTORS = [2, 1.15, 0.9, 1.4, 1.05, 3];

/**
 * Hourly rates, time logged on the tickets agents worked on, and monthly budgets for the clients
 * with the most work (last month, this month, next month), set so that some are comfortable,
 * some near their alert threshold and some over. Alerts are raised after the seed commits.
 */
export async function seedDemoMoney(db: Executor, input: { agentIds: string[]; adminId: string; now: Date }) {
  const today = input.now.toISOString().slice(0, 10);
  const rateOf = new Map(input.agentIds.map((id, i) => [id, RATES_CENTS[i % RATES_CENTS.length]!]));
  await db.insert(agentRates).values(input.agentIds.map((agentId) => ({ agentId, effectiveFrom: addDays(today, -730), hourlyRateCents: rateOf.get(agentId)!, createdBy: input.adminId })));

  const worked = await db
    .select({ id: tickets.id, clientId: tickets.clientId, agentId: tickets.assigneeId, from: tickets.firstResponseAt, until: sql<Date | null>`coalesce(${tickets.resolvedAt}, ${tickets.closedAt})` })
    .from(tickets)
    .where(and(isNotNull(tickets.assigneeId), isNotNull(tickets.firstResponseAt)));
  const entries: (typeof timeEntries.$inferInsert)[] = [];
  for (const t of worked) {
    const first = t.from!.toISOString().slice(0, 10);
    const last = (t.until ? new Date(t.until) : input.now).toISOString().slice(0, 10);
    for (let k = faker.number.int({ min: 1, max: 4 }); k > 0; k--) {
      const workDate = faker.date.between({ from: `${first}T00:00:00Z`, to: `${last}T23:59:59Z` }).toISOString().slice(0, 10);
      const minutes = faker.number.int({ min: 2, max: 24 }) * 5;
      const rate = rateOf.get(t.agentId!)!;
      entries.push({ ticketId: t.id, clientId: t.clientId, agentId: t.agentId!, workDate, minutes, note: faker.helpers.arrayElement(NOTES), hourlyRateCents: rate, costCents: entryCostCents(minutes, rate) });
    }
  }
  if (entries.length) await db.insert(timeEntries).values(entries);

  // budgets for the clients with the most work
  const spent = new Map<string, number>();
  for (const e of entries) spent.set(e.clientId, (spent.get(e.clientId) ?? 0) + e.costCents!);
  const top = [...spent.entries()].sort((a, b) => b[1] - a[1]).slice(0, BUDGET_FACTORS.length);
  const current = periodOf('month', today);
  const previous = periodOf('month', addDays(current.start, -1));
  const rows: (typeof budgets.$inferInsert)[] = [];
  for (const [i, [clientId]] of top.entries()) {
    const monthCost = (p: { start: string; end: string }) =>
      entries.filter((e) => e.clientId === clientId && e.workDate >= p.start && e.workDate <= p.end).reduce((s, e) => s + e.costCents!, 0);
    const amount = (cost: number) => Math.max(10_000, Math.round((cost * BUDGET_FACTORS[i]!) / 1000) * 1000);
    const base = amount(Math.max(monthCost(previous), monthCost(current)));
    for (const p of [previous, current, nextPeriod('month', current)]) {
      rows.push({ clientId, periodKind: 'month', periodStart: p.start, periodEnd: p.end, amountCents: p === previous ? amount(monthCost(previous)) : base, createdBy: input.adminId });
    }
  }
  if (rows.length) await db.insert(budgets).values(rows);
  return { entries: entries.length, budgets: rows.length };
}

const NOTES = ['Diagnostic à distance', 'Appel avec le client', 'Intervention sur site', 'Recherche dans la documentation éditeur', 'Tests après correctif', null, null];
