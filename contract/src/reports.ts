import { z } from 'zod';
import { BudgetStatus, BusinessDay, PeriodKind } from './budgets.ts';
import { Id } from './common.ts';

export const CostGroupBy = z.enum(['ticket', 'client', 'agent', 'week', 'month', 'quarter']);
export type CostGroupBy = z.infer<typeof CostGroupBy>;

export const CostSort = z.enum(['costCents', '-costCents', 'minutes', '-minutes', 'label', '-label', 'key', '-key']);
export type CostSort = z.infer<typeof CostSort>;

/** The longest range a report covers (three years), in days. */
export const MAX_RANGE_DAYS = 3 * 366 + 1;

/** `GET /api/reports/costs` (admin): costs of time entries whose work date is in [from, to], grouped. */
export const CostReportQuery = z
  .object({
    from: BusinessDay,
    to: BusinessDay,
    groupBy: CostGroupBy.default('client'),
    clientId: Id.optional(),
    agentId: Id.optional(),
    sort: CostSort.default('-costCents'),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
    /** `csv` (or `Accept: text/csv`): every row as CSV, for a download link. */
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_RANGE_DAYS, { message: 'at most three years', path: ['to'] });
export type CostReportQuery = z.input<typeof CostReportQuery>;

export const CostRow = z
  .object({
    /** Ticket, client or agent id; or the period: `YYYY-Www` (ISO week), `YYYY-MM`, `YYYY-Qn`. */
    key: z.string(),
    /** Ticket « #number subject », client or agent name; for periods the key (the web names periods itself). */
    label: z.string(),
    /** Period rows: the period's first day. */
    periodStart: z.iso.date().nullable(),
    ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }).nullable(),
    client: z.object({ id: Id, name: z.string() }).nullable(),
    agent: z.object({ id: Id, name: z.string() }).nullable(),
    entries: z.number().int(),
    minutes: z.number().int(),
    costCents: z.number().int(),
    /**
     * Client and period rows: the budgets of the clients concerned over the row's days (inside
     * [from, to]), pro rata temporis for a budget only partly covered; null with no budget.
     */
    budgetCents: z.number().int().nullable(),
    /** cost / budget × 100, one decimal. */
    percentOfBudget: z.number().nullable(),
  })
  .meta({ id: 'CostRow' });
export type CostRow = z.infer<typeof CostRow>;

export const CostReport = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    groupBy: CostGroupBy,
    currency: z.string(),
    rows: z.array(CostRow),
    /** Rows before `limit` (CSV exports them all). */
    totalRows: z.number().int(),
    totals: z.object({
      entries: z.number().int(),
      minutes: z.number().int(),
      costCents: z.number().int(),
      budgetCents: z.number().int().nullable(),
      percentOfBudget: z.number().nullable(),
    }),
  })
  .meta({ id: 'CostReport' });
export type CostReport = z.infer<typeof CostReport>;

/** CSV columns of the export, in order (money as decimal amounts with a dot, in `currency`). */
export const COST_CSV_COLUMNS = ['key', 'label', 'period_start', 'entries', 'minutes', 'cost', 'budget', 'percent_of_budget', 'currency'] as const;

// ── performance (issue 6) ──

/** `GET /api/reports/performance` (staff; agents get no money keys): the dashboard over [from, to]. */
export const PerformanceReportQuery = z
  .object({
    from: BusinessDay,
    to: BusinessDay,
    clientId: Id.optional(),
    agentId: Id.optional(),
    /** Admins: how many clients in cost against budget (the most costly first). */
    top: z.coerce.number().int().min(1).max(100).default(10),
    /** `csv` (or `Accept: text/csv`): the whole report as rows `section,key,label,metric,value`. */
    format: z.enum(['json', 'csv']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_RANGE_DAYS, { message: 'at most three years', path: ['to'] });
export type PerformanceReportQuery = z.input<typeof PerformanceReportQuery>;

const Named = z.object({ id: Id, name: z.string() });
/** Whole minutes; mean and median rounded half up; null with nothing to measure. */
const Minutes = z.number().int().nullable();
/** Mean stars × 10, rounded half up (43 = 4.3 stars): an integer, so no float; null without ratings. */
const StarsTenths = z.number().int().nullable();

export const PerformanceFigures = z.object({
  /** Now (not the period): open or in progress, under the client and agent filters. */
  openNow: z.number().int(),
  /** Now: open or in progress with no assignee (client filter only: the queue is nobody's). */
  unassignedNow: z.number().int(),
  /** Created in the period. */
  opened: z.number().int(),
  /** `resolvedAt` in the period (closed since or not; a reopened ticket has none). */
  resolved: z.number().int(),
  /** Status `closed` with `closedAt` in the period. */
  closed: z.number().int(),
  /** Created → resolved, tickets resolved in the period. */
  resolutionMinutes: z.object({ mean: Minutes, median: Minutes }),
  /** Created → first response, tickets created in the period that got one (`count`). */
  firstResponseMinutes: z.object({ mean: Minutes, count: z.number().int() }),
  /** Ratings given in the period. */
  satisfaction: z.object({ meanTenths: StarsTenths, count: z.number().int() }),
  /** Admins: cost of the time entries worked in the period (as the cost report). */
  costCents: z.number().int().optional(),
  /** Admins: clients with a budget over the period that is over, or projected over (client filter only). */
  clientsOverBudget: z.number().int().optional(),
});
export type PerformanceFigures = z.infer<typeof PerformanceFigures>;

export const PerformanceWeek = z.object({
  /** ISO week, `2026-W01`. */
  week: z.string(),
  /** Its Monday. */
  start: z.iso.date(),
  opened: z.number().int(),
  resolved: z.number().int(),
  closed: z.number().int(),
  /** Of the tickets resolved that week. */
  resolutionMinutes: z.object({ mean: Minutes, median: Minutes }),
});
export type PerformanceWeek = z.infer<typeof PerformanceWeek>;

export const AgentSatisfaction = z.object({
  agent: Named,
  meanTenths: z.number().int(),
  count: z.number().int(),
  /** The caller's own row. */
  me: z.boolean(),
});
export type AgentSatisfaction = z.infer<typeof AgentSatisfaction>;

export const LatestRating = z.object({
  ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }),
  client: Named,
  agent: Named.nullable(),
  stars: z.number().int(),
  comment: z.string().nullable(),
  ratedAt: z.iso.datetime(),
});
export type LatestRating = z.infer<typeof LatestRating>;

/** Admins: a client's cost over the period against its budgets' share of it (as the cost report's client rows). */
export const ClientCostAgainstBudget = z.object({
  client: Named,
  costCents: z.number().int(),
  budgetCents: z.number().int().nullable(),
  percentOfBudget: z.number().nullable(),
});
export type ClientCostAgainstBudget = z.infer<typeof ClientCostAgainstBudget>;

/** Admins: a budget overlapping the period that is over, or projected over, as of today. */
export const BudgetAtRisk = z.object({
  client: Named,
  budgetId: Id,
  periodKind: PeriodKind,
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  amountCents: z.number().int(),
  actualCents: z.number().int(),
  projectedCents: z.number().int().nullable(),
  percentUsed: z.number(),
  status: BudgetStatus,
});
export type BudgetAtRisk = z.infer<typeof BudgetAtRisk>;

export const PerformanceReport = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    /** The company time zone the days and weeks are cut in. */
    timeZone: z.string(),
    /** Admins. */
    currency: z.string().optional(),
    figures: PerformanceFigures,
    /** Every ISO week touching [from, to], oldest first, zeros included (counts only inside the range). */
    weeks: z.array(PerformanceWeek),
    /** Best mean first, then most ratings. */
    agents: z.array(AgentSatisfaction),
    /** The 10 latest ratings of the period. */
    latestRatings: z.array(LatestRating),
    /** Admins: the `top` most costly clients. */
    clientCosts: z.array(ClientCostAgainstBudget).optional(),
    /** Admins: the budgets over or projected over, the most used first, at most BUDGETS_AT_RISK_LISTED. */
    budgetsAtRisk: z.array(BudgetAtRisk).optional(),
    /** Admins: how many budgets are over or projected over in all (the list may stop short of it). */
    budgetsAtRiskTotal: z.number().int().optional(),
  })
  .meta({ id: 'PerformanceReport' });

/** The dashboard lists at most this many budgets at risk (the CSV too); `budgetsAtRiskTotal` counts them all. */
export const BUDGETS_AT_RISK_LISTED = 100;
export type PerformanceReport = z.infer<typeof PerformanceReport>;

/** CSV columns of the performance export: one value a row (money as decimal amounts, stars with one decimal). */
export const PERFORMANCE_CSV_COLUMNS = ['section', 'key', 'label', 'metric', 'value'] as const;
