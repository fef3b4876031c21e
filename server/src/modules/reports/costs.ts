import type { CostGroupBy, CostReport, CostReportQuery, CostRow } from '@guichet/contract/reports';
import { COST_CSV_COLUMNS } from '@guichet/contract/reports';
import { stringify } from 'csv-stringify/sync';
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Executor } from '../../db/client.ts';
import { budgets, clients, costAgentDays, costClientMonths, tickets, timeEntries, users } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { budgetShareCents, percentOf } from '../budgets/figures.ts';
import { addDays, periodOf, reportPeriod, type Period } from '../budgets/periods.ts';
import { currentSettings } from '../settings/service.ts';

type Query = z.output<typeof CostReportQuery>;

const PERIODS = { week: 'week', month: 'month', quarter: 'quarter' } as const;
const isPeriod = (g: CostGroupBy): g is keyof typeof PERIODS => g in PERIODS;

/**
 * The grouping key (over the columns `time_entries` shares with the rollups); the names joined to
 * each group once grouped (never to every entry: a year of entries is millions of rows); and what a
 * label sort orders by.
 */
function grouping(groupBy: CostGroupBy): { key: SQL; names: SQL; label: SQL } {
  const none = sql`null::int as ticket_number, null::text as ticket_subject, null::text as client_id, null::text as client_name, null::text as agent_id, null::text as agent_name`;
  switch (groupBy) {
    case 'ticket':
      return {
        key: sql`ticket_id`,
        names: sql`t.number::int as ticket_number, t.subject as ticket_subject, c.id::text as client_id, c.name as client_name, null::text as agent_id, null::text as agent_name
          from g join ${tickets} t on t.id = g.key join ${clients} c on c.id = t.client_id`,
        label: sql`t.number`,
      };
    case 'client':
      return {
        key: sql`client_id`,
        names: sql`null::int as ticket_number, null::text as ticket_subject, c.id::text as client_id, c.name as client_name, null::text as agent_id, null::text as agent_name
          from g join ${clients} c on c.id = g.key`,
        label: sql`c.name`,
      };
    case 'agent':
      return {
        key: sql`agent_id`,
        names: sql`null::int as ticket_number, null::text as ticket_subject, null::text as client_id, null::text as client_name, u.id::text as agent_id, u.name as agent_name
          from g join ${users} u on u.id = g.key`,
        label: sql`u.name`,
      };
    default:
      // date_trunc('week') starts on Monday: ISO weeks
      return { key: sql`date_trunc(${sql.raw(`'${PERIODS[groupBy]}'`)}, work_date::timestamp)::date`, names: sql`${none} from g`, label: sql`g.key` };
  }
}

interface Grouped {
  key: string;
  entries: number;
  minutes: number;
  cost_cents: string | number;
  total_rows: number;
  all_entries: number;
  all_minutes: number;
  all_cost_cents: string | number;
  ticket_number: number | null;
  ticket_subject: string | null;
  client_id: string | null;
  client_name: string | null;
  agent_id: string | null;
  agent_name: string | null;
}

/**
 * The rows to add up for a query, as (key, entries, minutes, cost_cents): a trigger-kept rollup
 * where it holds exactly the rows asked for (rows of a rollup emptied by deletions left out), the
 * time entries otherwise.
 */
function figures(q: Query, key: SQL): SQL {
  const ofClient = q.clientId ? sql` and client_id = ${q.clientId}` : sql``;
  const ofAgent = q.agentId ? sql` and agent_id = ${q.agentId}` : sql``;
  const entries = (from: string, to: string) =>
    sql`select ${key} as key, 1 as entries, minutes, cost_cents from ${timeEntries} where work_date between ${from} and ${to}${ofClient}${ofAgent}`;

  // By agent or period, every client: agent-days hold each day exactly (~45k rows a year instead of ~1.7M entries).
  if (q.groupBy !== 'ticket' && q.groupBy !== 'client' && !q.clientId) {
    return sql`select ${key} as key, entries, minutes, cost_cents from ${costAgentDays}
               where work_date between ${q.from} and ${q.to}${ofAgent} and entries <> 0`;
  }
  // By client, every agent: the whole months from client-months, the days of the months cut by the
  // range from the entries (a few days, through the work-date index that covers them).
  const months = q.groupBy === 'client' && !q.agentId ? wholeMonths(q.from, q.to) : null;
  if (months) {
    return sql.join(
      [
        ...(q.from < months.first ? [entries(q.from, addDays(months.first, -1))] : []),
        sql`select ${key} as key, entries, minutes, cost_cents from ${costClientMonths}
            where month >= ${months.first} and month < ${months.after}${ofClient} and entries <> 0`,
        ...(months.after <= q.to ? [entries(months.after, q.to)] : []),
      ],
      sql` union all `,
    );
  }
  // By ticket, one client by agent or period, one agent by client, or a range inside a month: the
  // entries, through their (ticket | client | agent | day, work date) indexes.
  return entries(q.from, q.to);
}

/** The calendar months wholly inside [from, to]: from `first` (a first day) up to `after` (excluded); null if none. */
function wholeMonths(from: string, to: string): { first: string; after: string } | null {
  const fromMonth = periodOf('month', from);
  const toMonth = periodOf('month', to);
  const first = from === fromMonth.start ? from : addDays(fromMonth.end, 1);
  const after = to === toMonth.end ? addDays(to, 1) : toMonth.start;
  return first < after ? { first, after } : null;
}

/** Sort fields (validated by the query schema) → the grouped column. */
const ORDER: Record<string, string> = { costCents: 'cost_cents', minutes: 'minutes', key: 'key' };

/** Costs of time entries whose work date is in [from, to], grouped (admins only: money). */
export async function costReport(db: Executor, actor: Actor, q: Query, opts: { all?: boolean } = {}): Promise<CostReport> {
  requireAdmin(actor);
  const settings = await currentSettings(db);
  const { key, names, label } = grouping(q.groupBy);
  const dir = q.sort.startsWith('-') ? sql`desc` : sql`asc`;
  const field = q.sort.replace('-', '');
  const limit = opts.all ? sql`` : sql`limit ${q.limit}`;
  // Group first; sorted by a figure, keep the page before joining names; sorted by name, join then sort.
  const byFigure = field !== 'label';
  const found = await rows<Grouped>(
    db,
    sql`with g as (
          select s.key, sum(s.entries)::int as entries, sum(s.minutes)::int as minutes, sum(s.cost_cents)::bigint as cost_cents,
                 count(*) over ()::int as total_rows,
                 -- the totals, from the same pass
                 sum(sum(s.entries)) over ()::int as all_entries, sum(sum(s.minutes)) over ()::int as all_minutes, sum(sum(s.cost_cents)) over ()::bigint as all_cost_cents
          from (${figures(q, key)}) s
          group by 1
          ${byFigure ? sql`order by ${sql.raw(ORDER[field]!)} ${dir}, 1 asc ${limit}` : sql``}
        )
        select g.key::text as key, g.entries, g.minutes, g.cost_cents, g.total_rows, g.all_entries, g.all_minutes, g.all_cost_cents, ${names}
        order by ${byFigure ? sql.raw(`g.${ORDER[field]!}`) : label} ${dir}, g.key asc
        ${byFigure ? sql`` : limit}`,
  );
  const totals = found[0] ? { entries: found[0].all_entries, minutes: found[0].all_minutes, cost_cents: found[0].all_cost_cents } : undefined;

  // Budgets against costs: not for one agent's share of the work, nor per ticket or agent row.
  const range: Period = { start: q.from, end: q.to };
  const scope = q.agentId ? [] : await budgetsIn(db, range, q.clientId);
  const shareOf = (list: typeof scope, r: Period) => (list.length ? list.reduce((s, b) => s + budgetShareCents(b.period, b.amountCents, r), 0) : null);
  // each client's budgets, found once (not the whole list filtered again for each of thousands of client rows)
  const budgetsOf = new Map<string, typeof scope>();
  for (const b of q.groupBy === 'client' ? scope : []) {
    const list = budgetsOf.get(b.clientId);
    if (list) list.push(b);
    else budgetsOf.set(b.clientId, [b]);
  }

  const out: CostRow[] = found.map((g) => {
    const costCents = Number(g.cost_cents);
    let budgetCents: number | null = null;
    let row: Pick<CostRow, 'key' | 'label' | 'periodStart' | 'ticket' | 'client' | 'agent'>;
    if (isPeriod(q.groupBy)) {
      const p = reportPeriod(q.groupBy, g.key);
      const inRange: Period = { start: p.start < q.from ? q.from : p.start, end: p.end > q.to ? q.to : p.end };
      budgetCents = shareOf(scope, inRange);
      row = { key: p.key, label: p.key, periodStart: p.start, ticket: null, client: null, agent: null };
    } else if (q.groupBy === 'ticket') {
      row = {
        key: g.key,
        label: `#${g.ticket_number} ${g.ticket_subject}`,
        periodStart: null,
        ticket: { id: g.key, number: g.ticket_number!, subject: g.ticket_subject! },
        client: { id: g.client_id!, name: g.client_name! },
        agent: null,
      };
    } else if (q.groupBy === 'client') {
      budgetCents = shareOf(budgetsOf.get(g.key) ?? [], range);
      row = { key: g.key, label: g.client_name!, periodStart: null, ticket: null, client: { id: g.key, name: g.client_name! }, agent: null };
    } else {
      row = { key: g.key, label: g.agent_name!, periodStart: null, ticket: null, client: null, agent: { id: g.key, name: g.agent_name! } };
    }
    return {
      ...row,
      entries: g.entries,
      minutes: g.minutes,
      costCents,
      budgetCents,
      percentOfBudget: budgetCents ? percentOf(costCents, budgetCents) : null,
    };
  });
  const totalCost = Number(totals?.cost_cents ?? 0);
  const totalBudget = shareOf(scope, range);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    currency: settings.currency,
    rows: out,
    totalRows: found[0]?.total_rows ?? 0,
    totals: {
      entries: totals?.entries ?? 0,
      minutes: totals?.minutes ?? 0,
      costCents: totalCost,
      budgetCents: totalBudget,
      percentOfBudget: totalBudget ? percentOf(totalCost, totalBudget) : null,
    },
  };
}

async function budgetsIn(db: Executor, range: Period, clientId?: string) {
  const found = await db
    .select({ clientId: budgets.clientId, start: budgets.periodStart, end: budgets.periodEnd, amountCents: budgets.amountCents })
    .from(budgets)
    .where(and(lte(budgets.periodStart, range.end), gte(budgets.periodEnd, range.start), clientId ? eq(budgets.clientId, clientId) : undefined));
  return found.map((b) => ({ clientId: b.clientId, amountCents: b.amountCents, period: { start: b.start, end: b.end } }));
}

/** Integer cents as a decimal amount with a dot (`-1234.05`), exactly. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Text a spreadsheet could run as a formula gets an apostrophe before the trigger — at the start,
 * and after any separator a spreadsheet might split on (`;` for French Excel) — and every text
 * cell is quoted (CSV injection).
 */
export const inert = (text: string): string => text.replace(/(^|[;,\t\r\n])(\s*)([=+\-@])/g, "$1$2'$3");

/** The report as CSV: the same rows as the JSON, every one of them. */
export function costReportCsv(report: CostReport): string {
  return stringify(
    report.rows.map((r) => [
      r.key,
      inert(r.label),
      r.periodStart ?? '',
      r.entries,
      r.minutes,
      centsToDecimal(r.costCents),
      r.budgetCents === null ? '' : centsToDecimal(r.budgetCents),
      r.percentOfBudget === null ? '' : r.percentOfBudget.toFixed(1),
      report.currency,
    ]),
    { header: true, columns: [...COST_CSV_COLUMNS], bom: true, quoted_string: true },
  );
}
