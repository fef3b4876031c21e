import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { Cents } from './time.ts';

/**
 * Budgets (DOMAIN.md « Budgets »): a forecast of what one client's tickets cost over a calendar
 * period. Money in integer cents; every route here is for admins only.
 */
export const PeriodKind = z.enum(['month', 'quarter', 'year']);

/** A calendar day from 2000 to 2100: budgets and reports need no other years. */
export const BusinessDay = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a day between 2000 and 2100');
export type PeriodKind = z.infer<typeof PeriodKind>;

/** Alert thresholds in percent of the budget (1–500), kept unique and sorted. */
export const Thresholds = z
  .array(z.number().int().min(1).max(500))
  .min(1)
  .max(5)
  .transform((t) => [...new Set(t)].sort((a, b) => a - b));

export const BudgetAlertKind = z.enum(['threshold', 'projection']);
export type BudgetAlertKind = z.infer<typeof BudgetAlertKind>;

export const BudgetAlert = z
  .object({
    id: Id,
    kind: BudgetAlertKind,
    /** For `threshold`: the percent crossed; null for `projection`. */
    thresholdPercent: z.number().int().nullable(),
    /** Figures when it fired. */
    actualCents: z.number().int(),
    projectedCents: z.number().int().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'BudgetAlert' });
export type BudgetAlert = z.infer<typeof BudgetAlert>;

/** ok · warning (a threshold under 100 % crossed) · projected_over (at this pace the period ends over) · over (actual above the budget). */
export const BudgetStatus = z.enum(['ok', 'warning', 'projected_over', 'over']);
export type BudgetStatus = z.infer<typeof BudgetStatus>;

export const Budget = z
  .object({
    id: Id,
    clientId: Id,
    periodKind: PeriodKind,
    /** First and last day (inclusive) of the calendar period. */
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    /** Relative to today in the company's time zone (settings). */
    state: z.enum(['past', 'current', 'future']),
    amountCents: z.number().int(),
    thresholds: z.array(z.number().int()),
    actualCents: z.number().int(),
    /** amount − actual; negative when over. */
    remainingCents: z.number().int(),
    /** actual / amount × 100, one decimal. */
    percentUsed: z.number(),
    /** Actual extrapolated to the end of the period at the pace so far (= actual once past; null in the future). */
    projectedCents: z.number().int().nullable(),
    /** The day the budget will be used up at this pace, when that falls inside the period and it is not used up yet. */
    exhaustionDate: z.iso.date().nullable(),
    /** The first day cumulative actual reached the budget (null: not reached). */
    exceededOn: z.iso.date().nullable(),
    daysElapsed: z.number().int(),
    daysInPeriod: z.number().int(),
    ticketsOpened: z.number().int(),
    /** Distinct tickets with time logged in the period. */
    ticketsWorked: z.number().int(),
    /** actual / ticketsWorked, to the cent (null with no ticket worked). */
    costPerTicketCents: z.number().int().nullable(),
    status: BudgetStatus,
    alerts: z.array(BudgetAlert),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Budget' });
export type Budget = z.infer<typeof Budget>;

export const BudgetDay = z.object({ date: z.iso.date(), costCents: z.number().int(), cumulativeCents: z.number().int() });
export type BudgetDay = z.infer<typeof BudgetDay>;

/** One budget with its cumulative actual for every day (days without cost included), from the first day to today (or the last day once past); empty before it starts. */
export const BudgetDetail = Budget.extend({ daily: z.array(BudgetDay) }).meta({ id: 'BudgetDetail' });
export type BudgetDetail = z.infer<typeof BudgetDetail>;

/** What the client cost, whatever the budgets (admins only). */
export const ClientCost = z.object({
  currentMonthCents: z.number().int(),
  currentYearCents: z.number().int(),
  totalCents: z.number().int(),
});
export type ClientCost = z.infer<typeof ClientCost>;

export const BudgetList = z.object({
  /** Newest period first. */
  items: z.array(Budget),
  /** The budget whose period contains today, if any (a client's budgets never overlap). */
  current: BudgetDetail.nullable(),
  cost: ClientCost,
  currency: z.string(),
  /** Today in the company's time zone (settings), the day the figures are computed for. */
  today: z.iso.date(),
});
export type BudgetList = z.infer<typeof BudgetList>;

/** 409 `budget_overlap` carries `details: {budgetId, periodKind, periodStart}` of the budget in the way. */
export const CreateBudgetBody = z.object({
  periodKind: PeriodKind,
  /** Any day inside the period; the budget starts on the period's first day. */
  periodStart: BusinessDay,
  amountCents: Cents.min(1, 'a budget is at least 1 cent'),
  thresholds: Thresholds.default([80, 100]),
});
export type CreateBudgetBody = z.input<typeof CreateBudgetBody>;

export const UpdateBudgetBody = z.object({
  amountCents: Cents.min(1, 'a budget is at least 1 cent').optional(),
  thresholds: Thresholds.optional(),
});
export type UpdateBudgetBody = z.input<typeof UpdateBudgetBody>;

export const CopyBudgetBody = z.object({ periods: z.number().int().min(1).max(36).describe('how many following periods (up to 2100)') });
export type CopyBudgetBody = z.input<typeof CopyBudgetBody>;

export const CopyBudgetResult = z.object({
  created: z.array(Budget),
  /** Period starts skipped because the client already has a budget covering them. */
  skipped: z.array(z.iso.date()),
});
export type CopyBudgetResult = z.infer<typeof CopyBudgetResult>;

/** The current period's usage, shown in the clients list (admins only). */
export const BudgetUsage = z.object({
  budgetId: Id,
  periodKind: PeriodKind,
  periodStart: z.iso.date(),
  amountCents: z.number().int(),
  actualCents: z.number().int(),
  percentUsed: z.number(),
  projectedCents: z.number().int().nullable(),
  status: BudgetStatus,
});
export type BudgetUsage = z.infer<typeof BudgetUsage>;
