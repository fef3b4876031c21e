import type { CostGroupBy, CostReport, CostReportQuery, CostRow } from '@guichet/contract/reports';
import { COST_CSV_COLUMNS } from '@guichet/contract/reports';
import { stringify } from 'csv-stringify/sync';
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { rows, type Executor } from '../../db/client.ts';
import { budgets, clients, tickets, timeEntries, users } from '../../db/schema.ts';
import { requireAdmin, type Actor } from '../../http/actor.ts';
import { budgetShareCents, percentOf } from '../budgets/figures.ts';
import { reportPeriod, type Period } from '../budgets/periods.ts';
import { currentSettings } from '../settings/service.ts';

type Query = z.output<typeof CostReportQuery>;

const PERIODS = { week: 'week', month: 'month', quarter: 'quarter' } as const;
const isPeriod = (g: CostGroupBy): g is keyof typeof PERIODS => g in PERIODS;

/**
 * The grouping key of a time entry; the names joined to each group once grouped (never to every
 * entry: a year of entries is millions of rows); and what a label sort orders by.
 */
function grouping(groupBy: CostGroupBy): { key: SQL; names: SQL; label: SQL } {
  const none = sql`null::int as ticket_number, null::text as ticket_subject, null::text as client_id, null::text as client_name, null::text as agent_id, null::text as agent_name`;
  switch (groupBy) {
    case 'ticket':
      return {
        key: sql`te.ticket_id`,
        names: sql`t.number::int as ticket_number, t.subject as ticket_subject, c.id::text as client_id, c.name as client_name, null::text as agent_id, null::text as agent_name
          from g join ${tickets} t on t.id = g.key join ${clients} c on c.id = t.client_id`,
        label: sql`t.number`,
      };
    case 'client':
      return {
        key: sql`te.client_id`,
        names: sql`null::int as ticket_number, null::text as ticket_subject, c.id::text as client_id, c.name as client_name, null::text as agent_id, null::text as agent_name
          from g join ${clients} c on c.id = g.key`,
        label: sql`c.name`,
      };
    case 'agent':
      return {
        key: sql`te.agent_id`,
        names: sql`null::int as ticket_number, null::text as ticket_subject, null::text as client_id, null::text as client_name, u.id::text as agent_id, u.name as agent_name
          from g join ${users} u on u.id = g.key`,
        label: sql`u.name`,
      };
    default:
      // date_trunc('week') starts on Monday: ISO weeks
      return { key: sql`date_trunc(${sql.raw(`'${PERIODS[groupBy]}'`)}, te.work_date::timestamp)::date`, names: sql`${none} from g`, label: sql`g.key` };
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
  const where = sql.join(
    [
      sql`te.work_date between ${q.from} and ${q.to}`,
      ...(q.clientId ? [sql`te.client_id = ${q.clientId}`] : []),
      ...(q.agentId ? [sql`te.agent_id = ${q.agentId}`] : []),
    ],
    sql` and `,
  );
  // Group first; sorted by a figure, keep the page before joining names; sorted by name, join then sort.
  const byFigure = field !== 'label';
  const found = await rows<Grouped>(
    db,
    sql`with g as (
          select ${key} as key, count(*)::int as entries, sum(te.minutes)::int as minutes, sum(te.cost_cents)::bigint as cost_cents,
                 count(*) over ()::int as total_rows,
                 -- the totals, from the same pass
                 sum(count(*)) over ()::int as all_entries, sum(sum(te.minutes)) over ()::int as all_minutes, sum(sum(te.cost_cents)) over ()::bigint as all_cost_cents
          from ${timeEntries} te
          where ${where}
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
      budgetCents = shareOf(scope.filter((b) => b.clientId === g.key), range);
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
const inert = (text: string) => text.replace(/(^|[;,\t\r\n])(\s*)([=+\-@])/g, "$1$2'$3");

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
