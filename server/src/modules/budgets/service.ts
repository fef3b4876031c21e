import type {
  Budget,
  BudgetAlert,
  BudgetDetail,
  BudgetList,
  BudgetUsage,
  ClientCost,
  CopyBudgetBody,
  CopyBudgetResult,
  CreateBudgetBody,
  PeriodKind,
  UpdateBudgetBody,
} from '@guichet/contract/budgets';
import type { FastifyBaseLogger } from 'fastify';
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Db, type Executor } from '../../db/client.ts';
import { budgetAlerts, budgets, clients, costClientMonths, timeEntries } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { adminIds, notify } from '../notifications/service.ts';
import { companyDay } from '../settings/service.ts';
import { alertsDue, cumulative, figures, reachedOn, type BudgetInput } from './figures.ts';
import { nextPeriod, overlaps, periodOf, type Period } from './periods.ts';

type BudgetRow = typeof budgets.$inferSelect;

const input = (b: BudgetRow): BudgetInput => ({ period: { start: b.periodStart, end: b.periodEnd }, amountCents: b.amountCents, thresholds: b.thresholds });

/** Actual per budget: the cost of the client's time entries whose work date is in the period. */
async function actuals(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const found = await rows<{ id: string; actual: string | number }>(
    db,
    sql`select b.id, coalesce(sum(te.cost_cents), 0)::bigint as actual
        from ${budgets} b
        left join ${timeEntries} te on te.client_id = b.client_id and te.work_date between b.period_start and b.period_end
        where b.id in ${ids}
        group by b.id`,
  );
  return new Map(found.map((r) => [r.id, Number(r.actual)]));
}

/** Tickets opened in the period (in the company's time zone) and tickets with time logged in it, per budget. */
async function ticketCounts(db: Executor, ids: string[], timeZone: string): Promise<Map<string, { opened: number; worked: number }>> {
  if (ids.length === 0) return new Map();
  const found = await rows<{ id: string; opened: number; worked: number }>(
    db,
    sql`select b.id,
          (select count(*) from tickets t
            where t.client_id = b.client_id
              and t.created_at >= (b.period_start::timestamp at time zone ${timeZone})
              and t.created_at < ((b.period_end + 1)::timestamp at time zone ${timeZone}))::int as opened,
          (select count(distinct te.ticket_id) from ${timeEntries} te
            where te.client_id = b.client_id and te.work_date between b.period_start and b.period_end)::int as worked
        from ${budgets} b where b.id in ${ids}`,
  );
  return new Map(found.map((r) => [r.id, { opened: r.opened, worked: r.worked }]));
}

/** Cost per work day of one client over [from, to]. */
async function dailyCosts(db: Executor, clientId: string, from: string, to: string): Promise<Map<string, number>> {
  const found = await db
    .select({ day: timeEntries.workDate, cost: sql<string>`sum(${timeEntries.costCents})::bigint` })
    .from(timeEntries)
    .where(and(eq(timeEntries.clientId, clientId), gte(timeEntries.workDate, from), lte(timeEntries.workDate, to)))
    .groupBy(timeEntries.workDate);
  return new Map(found.map((r) => [r.day, Number(r.cost)]));
}

async function alertsOf(db: Executor, ids: string[]): Promise<Map<string, BudgetAlert[]>> {
  const out = new Map<string, BudgetAlert[]>();
  if (ids.length === 0) return out;
  const found = await db.select().from(budgetAlerts).where(inArray(budgetAlerts.budgetId, ids)).orderBy(asc(budgetAlerts.createdAt), asc(budgetAlerts.thresholdPercent));
  for (const a of found) {
    const list = out.get(a.budgetId) ?? [];
    list.push({
      id: a.id,
      kind: a.kind,
      thresholdPercent: a.kind === 'threshold' ? a.thresholdPercent : null,
      actualCents: a.actualCents,
      projectedCents: a.projectedCents,
      createdAt: a.createdAt.toISOString(),
    });
    out.set(a.budgetId, list);
  }
  return out;
}

/** Budgets of one client, with their figures, from one pass over its daily costs. */
async function present(db: Executor, list: BudgetRow[], today: string, timeZone: string): Promise<{ row: BudgetRow; budget: Budget; daily: Map<string, number> }[]> {
  if (list.length === 0) return [];
  const ids = list.map((b) => b.id);
  const clientId = list[0]!.clientId;
  const from = list.reduce((m, b) => (b.periodStart < m ? b.periodStart : m), list[0]!.periodStart);
  const to = list.reduce((m, b) => (b.periodEnd > m ? b.periodEnd : m), list[0]!.periodEnd);
  const [daily, counts, alerts] = await Promise.all([dailyCosts(db, clientId, from, to), ticketCounts(db, ids, timeZone), alertsOf(db, ids)]);
  return list.map((row) => {
    const b = input(row);
    let actual = 0;
    for (const [day, cost] of daily) if (day >= b.period.start && day <= b.period.end) actual += cost;
    const f = figures(b, actual, today);
    const c = counts.get(row.id) ?? { opened: 0, worked: 0 };
    const budget: Budget = {
      id: row.id,
      clientId: row.clientId,
      periodKind: row.periodKind,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      amountCents: row.amountCents,
      thresholds: row.thresholds,
      ...f,
      exceededOn: reachedOn(b.period, daily, row.amountCents),
      ticketsOpened: c.opened,
      ticketsWorked: c.worked,
      costPerTicketCents: c.worked > 0 ? Math.round(actual / c.worked) : null,
      alerts: alerts.get(row.id) ?? [],
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
    return { row, budget, daily };
  });
}

const detail = (p: { row: BudgetRow; budget: Budget; daily: Map<string, number> }, today: string): BudgetDetail => ({
  ...p.budget,
  daily: p.budget.state === 'future' ? [] : cumulative({ start: p.row.periodStart, end: p.row.periodEnd }, p.daily, today),
});

async function loadClientId(db: Executor, clientId: string, lock = false): Promise<void> {
  const found = await rows<{ id: string }>(db, sql`select id from ${clients} where ${clients.id} = ${clientId} ${lock ? sql`for update` : sql``}`);
  if (found.length === 0) throw notFound('client');
}

async function loadBudget(db: Executor, id: string): Promise<BudgetRow> {
  const [row] = await db.select().from(budgets).where(eq(budgets.id, id));
  if (!row) throw notFound('budget');
  return row;
}

/** What the client cost this month, this year and in all (company time zone). */
async function clientCost(db: Executor, clientId: string, today: string): Promise<ClientCost> {
  const month = periodOf('month', today);
  const year = periodOf('year', today);
  const [r] = await rows<{ month: string; year: string; total: string }>(
    db,
    sql`select coalesce(sum(cost_cents) filter (where work_date between ${month.start} and ${month.end}), 0)::bigint as month,
               coalesce(sum(cost_cents) filter (where work_date between ${year.start} and ${year.end}), 0)::bigint as year,
               coalesce(sum(cost_cents), 0)::bigint as total
        from ${timeEntries} where client_id = ${clientId}`,
  );
  return { currentMonthCents: Number(r?.month ?? 0), currentYearCents: Number(r?.year ?? 0), totalCents: Number(r?.total ?? 0) };
}

export async function listBudgets(db: Executor, actor: Actor, clientId: string, now = new Date()): Promise<BudgetList> {
  requireAdmin(actor);
  await loadClientId(db, clientId);
  const { today, timeZone, currency } = await companyDay(db, now);
  const list = await db.select().from(budgets).where(eq(budgets.clientId, clientId)).orderBy(desc(budgets.periodStart));
  const presented = await present(db, list, today, timeZone);
  const current = presented.find((p) => p.budget.state === 'current');
  return { items: presented.map((p) => p.budget), current: current ? detail(current, today) : null, cost: await clientCost(db, clientId, today), currency, today };
}

export async function getBudget(db: Executor, actor: Actor, id: string, now = new Date()): Promise<BudgetDetail> {
  requireAdmin(actor);
  const row = await loadBudget(db, id);
  const { today, timeZone } = await companyDay(db, now);
  const [p] = await present(db, [row], today, timeZone);
  return detail(p!, today);
}

async function presentOne(db: Executor, row: BudgetRow, now: Date): Promise<Budget> {
  const { today, timeZone } = await companyDay(db, now);
  return (await present(db, [row], today, timeZone))[0]!.budget;
}

const overlapError = (existing: BudgetRow) =>
  conflict('budget_overlap', 'This client already has a budget covering some of these days.', {
    budgetId: existing.id,
    periodKind: existing.periodKind,
    periodStart: existing.periodStart,
  });

/** Budgets of a client that share a day with `p` (the caller holds the client's row lock). */
async function overlapping(tx: Executor, clientId: string, p: Period): Promise<BudgetRow[]> {
  return tx
    .select()
    .from(budgets)
    .where(and(eq(budgets.clientId, clientId), lte(budgets.periodStart, p.end), gte(budgets.periodEnd, p.start)));
}

export async function createBudget(db: Db, actor: Actor, clientId: string, body: z.output<typeof CreateBudgetBody>, now = new Date()): Promise<Budget> {
  requireAdmin(actor);
  const period = periodOf(body.periodKind, body.periodStart);
  const row = await db.transaction(async (tx) => {
    // The client's row lock serialises budget writes of one client: the overlap check holds.
    await loadClientId(tx, clientId, true);
    const [existing] = await overlapping(tx, clientId, period);
    if (existing) throw overlapError(existing);
    const [inserted] = await tx
      .insert(budgets)
      .values({ clientId, periodKind: body.periodKind, periodStart: period.start, periodEnd: period.end, amountCents: body.amountCents, thresholds: body.thresholds, createdBy: actor.userId })
      .returning();
    return inserted!;
  });
  await checkBudgetAlerts(db, { budgetIds: [row.id] }, now);
  return presentOne(db, row, now);
}

export async function updateBudget(db: Db, actor: Actor, id: string, patch: z.output<typeof UpdateBudgetBody>, now = new Date()): Promise<Budget> {
  requireAdmin(actor);
  await loadBudget(db, id);
  if (patch.amountCents !== undefined || patch.thresholds !== undefined) {
    await db
      .update(budgets)
      .set({ ...(patch.amountCents !== undefined && { amountCents: patch.amountCents }), ...(patch.thresholds !== undefined && { thresholds: patch.thresholds }), updatedAt: sql`now()` })
      .where(eq(budgets.id, id));
    await checkBudgetAlerts(db, { budgetIds: [id] }, now);
  }
  return presentOne(db, await loadBudget(db, id), now);
}

export async function deleteBudget(db: Db, actor: Actor, id: string): Promise<void> {
  requireAdmin(actor);
  await loadBudget(db, id);
  await db.delete(budgets).where(eq(budgets.id, id));
}

/** Copy a budget (amount, thresholds) to the following periods; periods already covered are skipped. */
export async function copyBudget(db: Db, actor: Actor, id: string, body: CopyBudgetBody, now = new Date()): Promise<CopyBudgetResult> {
  requireAdmin(actor);
  const source = await loadBudget(db, id);
  const kind: PeriodKind = source.periodKind;
  const { created, skipped } = await db.transaction(async (tx) => {
    await loadClientId(tx, source.clientId, true);
    const taken = await tx.select().from(budgets).where(eq(budgets.clientId, source.clientId));
    const out: { created: BudgetRow[]; skipped: string[] } = { created: [], skipped: [] };
    let p: Period = { start: source.periodStart, end: source.periodEnd };
    for (let i = 0; i < body.periods; i++) {
      p = nextPeriod(kind, p);
      const period = p;
      if (period.start > '2100-12-31') break;
      if (taken.some((b) => overlaps({ start: b.periodStart, end: b.periodEnd }, period))) {
        out.skipped.push(period.start);
        continue;
      }
      const [row] = await tx
        .insert(budgets)
        .values({ clientId: source.clientId, periodKind: kind, periodStart: period.start, periodEnd: period.end, amountCents: source.amountCents, thresholds: source.thresholds, createdBy: actor.userId })
        .returning();
      out.created.push(row!);
      taken.push(row!);
    }
    return out;
  });
  if (created.length > 0) await checkBudgetAlerts(db, { budgetIds: created.map((b) => b.id) }, now);
  const { today, timeZone } = await companyDay(db, now);
  return { created: (await present(db, created, today, timeZone)).map((p) => p.budget), skipped };
}

/** Current-period usage of some clients, for the clients list (the caller checked the role). */
export async function currentUsage(db: Executor, clientIds: string[], now = new Date()): Promise<Map<string, BudgetUsage>> {
  if (clientIds.length === 0) return new Map();
  const { today } = await companyDay(db, now);
  const list = await db
    .select()
    .from(budgets)
    .where(and(inArray(budgets.clientId, clientIds), lte(budgets.periodStart, today), gte(budgets.periodEnd, today)));
  const actual = await actuals(db, list.map((b) => b.id));
  return new Map(
    list.map((row) => {
      const f = figures(input(row), actual.get(row.id) ?? 0, today);
      const usage: BudgetUsage = {
        budgetId: row.id,
        periodKind: row.periodKind,
        periodStart: row.periodStart,
        amountCents: row.amountCents,
        actualCents: f.actualCents,
        percentUsed: f.percentUsed,
        projectedCents: f.projectedCents,
        status: f.status,
      };
      return [row.clientId, usage];
    }),
  );
}

/**
 * Budgets overlapping [from, to] (of one client, or all) that are over, or projected over, as of
 * today; for the performance report (the caller checked the role). Budgets are whole calendar
 * months, quarters or years, so their actual adds up the client-month cost rollup (one index
 * range a budget, not every time entry of the period).
 */
export interface BudgetAtRiskRow {
  budgetId: string;
  clientId: string;
  clientName: string;
  periodKind: PeriodKind;
  period: Period;
  amountCents: number;
  figures: ReturnType<typeof figures>;
}

export async function budgetsAtRisk(db: Executor, actor: Actor, range: Period, clientId?: string, now = new Date()): Promise<BudgetAtRiskRow[]> {
  requireAdmin(actor);
  const { today } = await companyDay(db, now);
  const found = await rows<{
    id: string;
    client_id: string;
    client_name: string;
    period_kind: PeriodKind;
    period_start: string;
    period_end: string;
    amount_cents: number;
    thresholds: number[];
    actual: string | number;
  }>(
    db,
    // only the budgets over or that may project over (a superset of what `figures` finds, by its
    // projection: actual × days ÷ days elapsed, rounded), so thousands of comfortable ones stay in the database
    sql`with b as materialized (
          select b.id, b.client_id, c.name as client_name, b.period_kind, b.period_start::text as period_start, b.period_end::text as period_end,
            b.amount_cents, b.thresholds,
            coalesce((select sum(m.cost_cents) from ${costClientMonths} m
                      where m.client_id = b.client_id and m.month between b.period_start and b.period_end), 0)::bigint as actual
          from ${budgets} b join ${clients} c on c.id = b.client_id
          where b.period_start <= ${range.end} and b.period_end >= ${range.start}${clientId ? sql` and b.client_id = ${clientId}` : sql``}
        )
        select * from b
        where b.actual >= b.amount_cents
           or (b.period_start::date <= ${today}::date and b.period_end::date >= ${today}::date
               and b.actual * (b.period_end::date - b.period_start::date + 1) >= (b.amount_cents - 1)::bigint * (${today}::date - b.period_start::date + 1))`,
  );
  return found
    .map((b) => {
      const period = { start: b.period_start, end: b.period_end };
      return {
        budgetId: b.id,
        clientId: b.client_id,
        clientName: b.client_name,
        periodKind: b.period_kind,
        period,
        amountCents: b.amount_cents,
        figures: figures({ period, amountCents: b.amount_cents, thresholds: b.thresholds }, Number(b.actual), today),
      };
    })
    .filter((b) => b.figures.status === 'over' || b.figures.status === 'projected_over');
}

export type AlertScope = { budgetIds: string[] } | { clientId: string; days: string[] } | { current: true } | { from: string };

/**
 * Raise the alerts budgets call for. Run after the writes that move actual (time entries,
 * re-pricing, budget edits) have committed, so the last writer sees every entry; and by a job
 * for current budgets (a crash between commit and check, or a projection that starts to count).
 * Each alert is one row under a unique key: inserted once whatever the number of concurrent
 * checkers, with its notifications in the same transaction.
 */
export async function checkBudgetAlerts(db: Db, scope: AlertScope, now = new Date()): Promise<number> {
  const { today } = await companyDay(db, now);
  let where: SQL | undefined;
  if ('budgetIds' in scope) where = scope.budgetIds.length ? inArray(budgets.id, scope.budgetIds) : undefined;
  else if ('clientId' in scope)
    where = scope.days.length
      ? and(eq(budgets.clientId, scope.clientId), sql`(${sql.join(scope.days.map((d) => sql`(${budgets.periodStart} <= ${d} and ${budgets.periodEnd} >= ${d})`), sql` or `)})`)
      : undefined;
  else if ('current' in scope) where = and(lte(budgets.periodStart, today), gte(budgets.periodEnd, today));
  else where = gte(budgets.periodEnd, scope.from);
  if (!where) return 0;
  // Alerts are for periods still running (or ahead): late changes to a finished period show on its record, without alerting.
  const list = await db.select().from(budgets).where(and(where, gte(budgets.periodEnd, today)));
  if (list.length === 0) return 0;
  const ids = list.map((b) => b.id);
  const actual = await actuals(db, ids);
  const sent = new Set(
    (await db.select().from(budgetAlerts).where(inArray(budgetAlerts.budgetId, ids))).map((a) => `${a.budgetId}:${a.kind}:${a.thresholdPercent}`),
  );
  let raised = 0;
  let admins: string[] | null = null;
  for (const row of list) {
    const b = input(row);
    const f = figures(b, actual.get(row.id) ?? 0, today);
    for (const due of alertsDue(b, f)) {
      if (sent.has(`${row.id}:${due.kind}:${due.thresholdPercent}`)) continue;
      admins ??= await adminIds(db);
      const recipients = admins;
      const inserted = await db.transaction(async (tx) => {
        const [alert] = await tx
          .insert(budgetAlerts)
          .values({ budgetId: row.id, kind: due.kind, thresholdPercent: due.thresholdPercent, actualCents: f.actualCents, projectedCents: f.projectedCents })
          .onConflictDoNothing()
          .returning({ id: budgetAlerts.id });
        if (!alert) return false;
        await notify(tx, {
          kind: due.kind === 'threshold' ? 'budget_threshold' : 'budget_projection',
          ticketId: null,
          actorId: null,
          budgetAlertId: alert.id,
          recipients,
        });
        return true;
      });
      if (inserted) raised++;
    }
  }
  return raised;
}

/**
 * The check after a committed write: a failure must not turn that write into an error (the
 * client would retry and log the time twice); the budget-alerts job checks current budgets
 * every few minutes and logs what fails.
 */
export async function checkBudgetAlertsAfterWrite(db: Db, scope: AlertScope, now = new Date()): Promise<void> {
  await checkBudgetAlerts(db, scope, now).catch((err: unknown) => alertLog?.error({ err }, 'budget alert check failed after a write'));
}

let alertLog: Pick<FastifyBaseLogger, 'error'> | null = null;

/** Where failed after-write checks are logged (the app's logger, set at start). */
export function setBudgetAlertLogger(log: Pick<FastifyBaseLogger, 'error'>): void {
  alertLog = log;
}
