import { z } from 'zod';
import { BusinessDay } from './budgets.ts';
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
