import type { AgentSatisfaction, PerformanceReport, PerformanceReportQuery } from '@guichet/contract/reports';
import { BUDGETS_AT_RISK_LISTED, PERFORMANCE_CSV_COLUMNS } from '@guichet/contract/reports';
import { stringify } from 'csv-stringify/sync';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Executor } from '../../db/client.ts';
import { agentLoads, clients, ratingDays, ratings, resolutionDays, ticketStatsDays, tickets, users } from '../../db/schema.ts';
import { requireStaff, type Actor } from '../../http/actor.ts';
import { budgetsAtRisk } from '../budgets/service.ts';
import { currentSettings } from '../settings/service.ts';
import { centsToDecimal, costReport, inert } from './costs.ts';
import { fillWeeks, isoWeek, meanMinutes, meanTenths, rankAgents, tenthsToDecimal, type WeekFigures } from './performance-rules.ts';

export type Query = z.output<typeof PerformanceReportQuery>;

/** How many of the latest ratings the report lists. */
export const LATEST_RATINGS = 10;

export interface Bounds {
  /** The first instant of `from` and of the day after `to`, in the company's time zone. */
  start: SQL;
  end: SQL;
  timeZone: string;
}

export const boundsOf = (q: Query, timeZone: string): Bounds => ({
  start: sql`(${q.from}::date::timestamp at time zone ${timeZone})`,
  end: sql`((${q.to}::date + 1)::timestamp at time zone ${timeZone})`,
  timeZone,
});

/** The client and agent filters on `tickets t` (the agent: the current assignee). */
const ticketFilter = (q: Query, withAgent = true): SQL =>
  sql`${q.clientId ? sql` and t.client_id = ${q.clientId}` : sql``}${withAgent && q.agentId ? sql` and t.assignee_id = ${q.agentId}` : sql``}`;

/**
 * Tickets open now, and the unassigned queue now: for a client, one pass over its open and
 * in-progress tickets; otherwise the agents' loads kept by trigger (`agent_loads`) and the
 * unassigned queue's own partial index.
 */
async function nowFigures(db: Executor, q: Query): Promise<{ open_now: number; unassigned_now: number }> {
  const [row] = await rows<{ open_now: number; unassigned_now: number }>(
    db,
    q.clientId
      ? sql`select count(*) filter (where ${q.agentId ? sql`t.assignee_id = ${q.agentId}` : sql`true`})::int as open_now,
                   count(*) filter (where t.assignee_id is null)::int as unassigned_now
            from ${tickets} t
            where t.status in ('open', 'in_progress')${ticketFilter(q, false)}`
      : sql`with queue as (select count(*)::int as n from ${tickets} t where t.assignee_id is null and t.status in ('open', 'in_progress'))
            select (coalesce((select sum(l.active_tickets) from ${agentLoads} l${q.agentId ? sql` where l.agent_id = ${q.agentId}` : sql``}), 0)${q.agentId ? sql`` : sql` + (select n from queue)`})::int as open_now,
                   (select n from queue) as unassigned_now`,
  );
  return row!;
}

export interface PeriodRow {
  kind: 'opened' | 'resolved' | 'closed';
  /** The week's number in the range (1 = the week of `from`); null on the row of the whole period (resolved only). */
  week: number | null;
  n: number;
  /** Opened: how many got a first response, and their first-response times added up, in seconds. */
  timed: number;
  seconds: string | number | null;
  /** Resolved: mean and median resolution time, whole minutes rounded half up. */
  mean: number | null;
  median: number | null;
}

/**
 * Past this many tickets resolved in a period, the medians of a report on the whole team come
 * from the `resolution_days` histogram (within 1 %) instead of sorting every resolution time.
 */
export const EXACT_MEDIANS_UP_TO = 20_000;

const minutesOf = (interval: SQL) => sql`round(extract(epoch from ${interval}) / 60)::int`;

/** The first instants of the range's ISO weeks in the company's time zone, computed once, as `w.starts` (for `width_bucket`). */
const weekStarts = (q: Query, b: Bounds) =>
  sql`w as (
        select array_agg((d::timestamp at time zone ${b.timeZone}) order by d) as starts
        from generate_series(${isoWeek(q.from).start}::date::timestamp, ${q.to}::date::timestamp, interval '1 week') d
      )`;

/** Resolved in the period: per week and in all, with their mean and exact median (a sort of every resolution time). */
const resolvedFromTickets = (q: Query, b: Bounds, f: SQL) =>
  sql`select 'resolved' as kind, week, count(*)::int as n, 0 as timed, null as seconds,
             ${minutesOf(sql`avg(d)`)} as mean, ${minutesOf(sql`percentile_cont(0.5) within group (order by d)`)} as median
      from (select width_bucket(t.resolved_at, w.starts) as week, t.resolved_at - t.created_at as d
            from ${tickets} t, w where t.resolved_at >= ${b.start} and t.resolved_at < ${b.end}${f}) as resolved
      group by grouping sets ((week), ())`;

/**
 * From the tickets themselves (a client's report): opened (with first-response times), resolved
 * and closed in the period, per ISO week, in one statement; three ranges of tickets, each grouped
 * once. Weeks are found by `width_bucket` over their first instants in the company's time zone:
 * converting every ticket's time to the zone costs more than the scan. Nothing per ticket leaves
 * the database.
 */
export async function periodFromTickets(db: Executor, q: Query, b: Bounds): Promise<PeriodRow[]> {
  const f = ticketFilter(q);
  return rows<PeriodRow>(
    db,
    sql`with ${weekStarts(q, b)}
        select 'opened' as kind, width_bucket(t.created_at, w.starts) as week, count(*)::int as n, count(t.first_response_at)::int as timed,
               extract(epoch from sum(t.first_response_at - t.created_at)) as seconds, null::int as mean, null::int as median
        from ${tickets} t, w where t.created_at >= ${b.start} and t.created_at < ${b.end}${f}
        group by 2
        union all
        (${resolvedFromTickets(q, b, f)})
        union all
        select 'closed', width_bucket(t.closed_at, w.starts), count(*)::int, 0, null, null, null
        from ${tickets} t, w where t.status = 'closed' and t.closed_at >= ${b.start} and t.closed_at < ${b.end}${f}
        group by 2`,
  );
}

/**
 * From the rollups (the whole team, or one agent): the counts, sums and means per company day of
 * `ticket_stats_days` added up per week — a year is a few tens of thousands of rows whatever the
 * number of tickets. Medians: sorted from the tickets for an agent or up to EXACT_MEDIANS_UP_TO
 * resolved tickets, otherwise walked up the `resolution_days` histogram.
 */
export async function periodFromRollups(db: Executor, q: Query, b: Bounds, exactUpTo = EXACT_MEDIANS_UP_TO): Promise<PeriodRow[]> {
  const week = sql`(s.day - ${isoWeek(q.from).start}::date) / 7 + 1`;
  const days = sql`s.day between ${q.from}::date and ${q.to}::date${q.agentId ? sql` and s.agent_id = ${q.agentId}` : sql``}`;
  const sums = await rows<{ week: number | null; opened: number; timed: number; seconds: string; resolved: number; mean: number | null; closed: number }>(
    db,
    sql`select ${week} as week, coalesce(sum(s.opened), 0)::int as opened, coalesce(sum(s.first_responses), 0)::int as timed, (coalesce(sum(s.first_response_ms), 0) / 1000.0)::text as seconds,
               coalesce(sum(s.resolved), 0)::int as resolved, round(sum(s.resolution_ms) / nullif(sum(s.resolved), 0) / 60000.0)::int as mean, coalesce(sum(s.closed), 0)::int as closed
        from ${ticketStatsDays} s where ${days}
        group by grouping sets ((1), ())`,
  );
  const whole = sums.find((r) => r.week === null);
  const medians = new Map<number | null, number | null>();
  const fromHistogram = !q.agentId && (whole?.resolved ?? 0) > exactUpTo;
  const found = fromHistogram
    ? await rows<{ week: number | null; median: number | null }>(
        db,
        sql`with h as (
              select ${week} as week, s.bucket, sum(s.tickets)::int as n
              from ${resolutionDays} s where s.day between ${q.from}::date and ${q.to}::date
              group by grouping sets ((1, 2), (2))
            ), c as (
              select week, bucket, sum(n) over (partition by week order by bucket) as cum, sum(n) over (partition by week) as total
              from h where n > 0
            )
            select week, round((guichet_bucket_minutes(min(bucket) filter (where cum >= (total + 1) / 2))
                              + guichet_bucket_minutes(min(bucket) filter (where cum >= total / 2 + 1))) / 2)::int as median
            from c group by week`,
      )
    : await rows<{ week: number | null; median: number | null }>(db, sql`with ${weekStarts(q, b)} ${resolvedFromTickets(q, b, ticketFilter(q))}`);
  for (const m of found) medians.set(m.week, m.median);
  const out: PeriodRow[] = [];
  for (const r of sums) {
    if (r.week === null) {
      out.push({ kind: 'resolved', week: null, n: r.resolved, timed: 0, seconds: null, mean: r.mean, median: medians.get(null) ?? null });
      continue;
    }
    out.push({ kind: 'opened', week: r.week, n: r.opened, timed: r.timed, seconds: r.seconds, mean: null, median: null });
    out.push({ kind: 'resolved', week: r.week, n: r.resolved, timed: 0, seconds: null, mean: r.mean, median: medians.get(r.week) ?? null });
    out.push({ kind: 'closed', week: r.week, n: r.closed, timed: 0, seconds: null, mean: null, median: null });
  }
  return out;
}

/** A client's figures from its tickets (the rollups are per agent, not per client); the rest from the rollups. */
const periodFigures = (db: Executor, q: Query, b: Bounds) => (q.clientId ? periodFromTickets(db, q, b) : periodFromRollups(db, q, b));

/**
 * Ratings given in the period: per credited agent and in all, from one grouping — of the client's
 * ratings, or of the per-day rollup `rating_days` (the nil uuid: no credited agent).
 */
async function satisfaction(db: Executor, q: Query, b: Bounds): Promise<{ agent_id: string | null; agent_name: string | null; whole: boolean; n: number; stars: number }[]> {
  const agent = (column: SQL) => (q.agentId ? sql` and ${column} = ${q.agentId}` : sql``);
  const rated = q.clientId
    ? sql`select r.agent_id, 1 as n, r.stars from ${ratings} r join ${tickets} t on t.id = r.ticket_id and t.client_id = ${q.clientId}
          where r.created_at >= ${b.start} and r.created_at < ${b.end}${agent(sql`r.agent_id`)}`
    : sql`select nullif(d.agent_id, '00000000-0000-0000-0000-000000000000') as agent_id, d.ratings as n, d.stars from ${ratingDays} d
          where d.day between ${q.from}::date and ${q.to}::date${agent(sql`d.agent_id`)}`;
  return rows(
    db,
    sql`select r.agent_id, u.name as agent_name, grouping(r.agent_id) = 1 as whole, coalesce(sum(r.n), 0)::int as n, coalesce(sum(r.stars), 0)::int as stars
        from (${rated}) r
        left join ${users} u on u.id = r.agent_id
        group by grouping sets ((r.agent_id, u.name), ())
        having grouping(r.agent_id) = 1 or sum(r.n) > 0`,
  );
}

async function latestRatings(db: Executor, q: Query, b: Bounds) {
  return rows<{
    ticket_id: string;
    number: number;
    subject: string;
    client_id: string;
    client_name: string;
    agent_id: string | null;
    agent_name: string | null;
    stars: number;
    comment: string | null;
    rated_at: string | Date;
  }>(
    db,
    // the ten first (by the ratings alone, or the client's tickets), then their tickets and agents
    sql`select r.ticket_id, t.number::int as number, t.subject, c.id as client_id, c.name as client_name, r.agent_id, u.name as agent_name, r.stars::int as stars, r.comment, r.created_at as rated_at
        from (
          select r.ticket_id, r.agent_id, r.stars, r.comment, r.created_at
          from ${ratings} r
          ${q.clientId ? sql`join ${tickets} ct on ct.id = r.ticket_id and ct.client_id = ${q.clientId}` : sql``}
          where r.created_at >= ${b.start} and r.created_at < ${b.end}${q.agentId ? sql` and r.agent_id = ${q.agentId}` : sql``}
          order by r.created_at desc, r.ticket_id desc
          limit ${LATEST_RATINGS}
        ) r
        join ${tickets} t on t.id = r.ticket_id
        join ${clients} c on c.id = t.client_id
        left join ${users} u on u.id = r.agent_id
        order by r.created_at desc, r.ticket_id desc`,
  );
}

/** Admins: the period's cost and the most costly clients against budget (the cost report's), and the budgets at risk. */
async function money(db: Executor, actor: Actor, q: Query, now: Date) {
  const [costs, atRisk] = await Promise.all([
    costReport(db, actor, { from: q.from, to: q.to, groupBy: 'client', clientId: q.clientId, agentId: q.agentId, sort: '-costCents', limit: q.top }),
    budgetsAtRisk(db, actor, { start: q.from, end: q.to }, q.clientId, now),
  ]);
  return {
    currency: costs.currency,
    costCents: costs.totals.costCents,
    clientsOverBudget: new Set(atRisk.map((b) => b.clientId)).size,
    clientCosts: costs.rows.map((r) => ({ client: r.client!, costCents: r.costCents, budgetCents: r.budgetCents, percentOfBudget: r.percentOfBudget })),
    budgetsAtRiskTotal: atRisk.length,
    budgetsAtRisk: atRisk
      .sort((x, y) => y.figures.percentUsed - x.figures.percentUsed || x.clientName.localeCompare(y.clientName) || x.budgetId.localeCompare(y.budgetId))
      .slice(0, BUDGETS_AT_RISK_LISTED)
      .map((b) => ({
        client: { id: b.clientId, name: b.clientName },
        budgetId: b.budgetId,
        periodKind: b.periodKind,
        periodStart: b.period.start,
        periodEnd: b.period.end,
        amountCents: b.amountCents,
        actualCents: b.figures.actualCents,
        projectedCents: b.figures.projectedCents,
        percentUsed: b.figures.percentUsed,
        status: b.figures.status,
      })),
  };
}

/** The dashboard over [from, to] (staff); money only for admins, as absent keys for agents. */
export async function performanceReport(db: Executor, actor: Actor, q: Query, now = new Date()): Promise<PerformanceReport> {
  requireStaff(actor);
  const isAdmin = actor.role === 'admin';
  const { timeZone } = await currentSettings(db);
  const b = boundsOf(q, timeZone);
  const [current, period, rated, latest, cash] = await Promise.all([
    nowFigures(db, q),
    periodFigures(db, q, b),
    satisfaction(db, q, b),
    latestRatings(db, q, b),
    isAdmin ? money(db, actor, q, now) : null,
  ]);

  const weekly = new Map<number, WeekFigures>();
  for (const r of period) {
    if (r.week === null) continue;
    const w = weekly.get(r.week) ?? { opened: 0, resolved: 0, closed: 0, resolutionMean: null, resolutionMedian: null };
    w[r.kind] = r.n;
    if (r.kind === 'resolved') Object.assign(w, { resolutionMean: r.mean, resolutionMedian: r.median });
    weekly.set(r.week, w);
  }
  const sum = (kind: PeriodRow['kind'], of: (r: PeriodRow) => number) => period.filter((r) => r.kind === kind && r.week !== null).reduce((s, r) => s + of(r), 0);
  const resolved = period.find((r) => r.kind === 'resolved' && r.week === null);
  const firstResponses = sum('opened', (r) => r.timed);
  const all = rated.find((r) => r.whole);
  const agents: AgentSatisfaction[] = rated
    .filter((r) => !r.whole && r.agent_id !== null)
    .map((r) => ({ agent: { id: r.agent_id!, name: r.agent_name ?? '' }, meanTenths: meanTenths(r.stars, r.n)!, count: r.n, me: r.agent_id === actor.userId }));

  return {
    from: q.from,
    to: q.to,
    timeZone,
    ...(cash && { currency: cash.currency }),
    figures: {
      openNow: current.open_now,
      unassignedNow: current.unassigned_now,
      opened: sum('opened', (r) => r.n),
      resolved: resolved?.n ?? 0,
      closed: sum('closed', (r) => r.n),
      resolutionMinutes: { mean: resolved?.mean ?? null, median: resolved?.median ?? null },
      firstResponseMinutes: { mean: meanMinutes(sum('opened', (r) => Number(r.seconds ?? 0)), firstResponses), count: firstResponses },
      satisfaction: { meanTenths: all && all.n > 0 ? meanTenths(all.stars, all.n) : null, count: all?.n ?? 0 },
      ...(cash && { costCents: cash.costCents, clientsOverBudget: cash.clientsOverBudget }),
    },
    weeks: fillWeeks(q.from, q.to, weekly),
    agents: rankAgents(agents),
    latestRatings: latest.map((r) => ({
      ticket: { id: r.ticket_id, number: r.number, subject: r.subject },
      client: { id: r.client_id, name: r.client_name },
      agent: r.agent_id ? { id: r.agent_id, name: r.agent_name ?? '' } : null,
      stars: r.stars,
      comment: r.comment,
      ratedAt: new Date(r.rated_at).toISOString(),
    })),
    ...(cash && { clientCosts: cash.clientCosts, budgetsAtRisk: cash.budgetsAtRisk, budgetsAtRiskTotal: cash.budgetsAtRiskTotal }),
  };
}

type Cell = string | number | null | undefined;

/**
 * The report as one flat table, a value a row: `section` (figures, weeks, agents, ratings,
 * clients, budgets), `key` (week, agent, ticket number, client id), `label`, `metric`, `value`.
 * Money as decimal amounts in `currency`, stars with one decimal, empty for none. Agents' exports
 * have no money rows.
 */
export function performanceCsvRows(r: PerformanceReport): Cell[][] {
  const out: Cell[][] = [];
  const add = (section: string, key: string, label: string, metric: string, value: Cell) => out.push([section, key, label, metric, value ?? '']);
  const f = r.figures;
  add('figures', '', '', 'open_now', f.openNow);
  add('figures', '', '', 'unassigned_now', f.unassignedNow);
  add('figures', '', '', 'opened', f.opened);
  add('figures', '', '', 'resolved', f.resolved);
  add('figures', '', '', 'closed', f.closed);
  add('figures', '', '', 'resolution_minutes_mean', f.resolutionMinutes.mean);
  add('figures', '', '', 'resolution_minutes_median', f.resolutionMinutes.median);
  add('figures', '', '', 'first_response_minutes_mean', f.firstResponseMinutes.mean);
  add('figures', '', '', 'first_responses', f.firstResponseMinutes.count);
  add('figures', '', '', 'satisfaction_stars', f.satisfaction.meanTenths === null ? null : tenthsToDecimal(f.satisfaction.meanTenths));
  add('figures', '', '', 'ratings', f.satisfaction.count);
  if (f.costCents !== undefined) add('figures', '', '', 'cost', centsToDecimal(f.costCents));
  if (f.clientsOverBudget !== undefined) add('figures', '', '', 'clients_over_budget', f.clientsOverBudget);
  if (r.currency !== undefined) add('figures', '', '', 'currency', r.currency);
  for (const w of r.weeks) {
    add('weeks', w.week, w.start, 'opened', w.opened);
    add('weeks', w.week, w.start, 'resolved', w.resolved);
    add('weeks', w.week, w.start, 'closed', w.closed);
    add('weeks', w.week, w.start, 'resolution_minutes_mean', w.resolutionMinutes.mean);
    add('weeks', w.week, w.start, 'resolution_minutes_median', w.resolutionMinutes.median);
  }
  for (const a of r.agents) {
    add('agents', a.agent.id, inert(a.agent.name), 'satisfaction_stars', tenthsToDecimal(a.meanTenths));
    add('agents', a.agent.id, inert(a.agent.name), 'ratings', a.count);
  }
  for (const x of r.latestRatings) {
    const label = inert(`#${x.ticket.number} ${x.ticket.subject}`);
    add('ratings', String(x.ticket.number), label, 'client', inert(x.client.name));
    add('ratings', String(x.ticket.number), label, 'stars', x.stars);
    add('ratings', String(x.ticket.number), label, 'agent', x.agent ? inert(x.agent.name) : null);
    add('ratings', String(x.ticket.number), label, 'comment', x.comment === null ? null : inert(x.comment));
    add('ratings', String(x.ticket.number), label, 'rated_at', x.ratedAt);
  }
  for (const c of r.clientCosts ?? []) {
    add('clients', c.client.id, inert(c.client.name), 'cost', centsToDecimal(c.costCents));
    add('clients', c.client.id, inert(c.client.name), 'budget', c.budgetCents === null ? null : centsToDecimal(c.budgetCents));
    add('clients', c.client.id, inert(c.client.name), 'percent_of_budget', c.percentOfBudget === null ? null : c.percentOfBudget.toFixed(1));
  }
  for (const x of r.budgetsAtRisk ?? []) {
    const key = `${x.client.id}/${x.periodStart}`;
    add('budgets', key, inert(x.client.name), 'status', x.status);
    add('budgets', key, inert(x.client.name), 'budget', centsToDecimal(x.amountCents));
    add('budgets', key, inert(x.client.name), 'actual', centsToDecimal(x.actualCents));
    add('budgets', key, inert(x.client.name), 'projected', x.projectedCents === null ? null : centsToDecimal(x.projectedCents));
  }
  return out;
}

export function performanceCsv(r: PerformanceReport): string {
  return stringify(performanceCsvRows(r), { header: true, columns: [...PERFORMANCE_CSV_COLUMNS], bom: true, quoted_string: true });
}
