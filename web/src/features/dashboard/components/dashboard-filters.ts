import type { PerformanceReportParams } from '../api/query-keys';

/** The quick periods; `custom` is a range chosen in the calendar. */
export const PERIODS = ['thisWeek', 'thisMonth', 'last30Days', 'thisQuarter', 'thisYear', 'custom'] as const;
export type Period = (typeof PERIODS)[number];
export type Preset = Exclude<Period, 'custom'>;
export const DEFAULT_PERIOD: Preset = 'thisMonth';

/** The page's filters, as they live in the URL (`?period=thisYear&agentId=…`, `?from=…&to=…` for a custom range). */
export interface DashboardFilters {
  /** None: the default period. */
  period?: Period;
  /** YYYY-MM-DD, custom periods only (both or neither). */
  from?: string;
  to?: string;
  clientId?: string;
  agentId?: string;
}

export interface DateRange {
  from: string;
  to: string;
}

/** The server refuses longer ranges (same bound as `PerformanceReportQuery` in contract/src/reports.ts). */
export const MAX_RANGE_DAYS = 3 * 366 + 1;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

/** Calendar arithmetic in UTC, so that no time zone or daylight saving change can shift a day. */
const toUtc = (day: string) => {
  const [, y, m, d] = DAY.exec(day) ?? [];
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
};
const fromUtc = (at: Date) => at.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => fromUtc(new Date(toUtc(day).getTime() + days * DAY_MS));

function isDay(value: string): boolean {
  return DAY.test(value) && fromUtc(toUtc(value)) === value;
}

/**
 * The quick periods for a given today (YYYY-MM-DD). Each runs up to today (the dashboard looks
 * back): « ce mois-ci » on 25 November is 1–25 November, with no empty weeks to come in the charts.
 */
export const PRESETS: Record<Preset, (today: string) => DateRange> = {
  /** From the ISO week's Monday. */
  thisWeek: (today) => ({ from: addDays(today, -((toUtc(today).getUTCDay() + 6) % 7)), to: today }),
  thisMonth: (today) => ({ from: `${today.slice(0, 8)}01`, to: today }),
  /** Today and the 29 days before it. */
  last30Days: (today) => ({ from: addDays(today, -29), to: today }),
  thisQuarter: (today) => {
    const month = Number(today.slice(5, 7));
    const first = month - ((month - 1) % 3);
    return { from: `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: today };
  },
  thisYear: (today) => ({ from: `${today.slice(0, 4)}-01-01`, to: today }),
};

export function isRangeAllowed({ from, to }: DateRange): boolean {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS <= MAX_RANGE_DAYS;
}

/** Reads the filters from the URL, ignoring anything malformed (an old or hand-edited link). */
export function filtersFromParams(params: URLSearchParams): DashboardFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const clientId = params.get('clientId') ?? '';
  const agentId = params.get('agentId') ?? '';
  const named = params.get('period');
  const hasRange = isDay(from) && isDay(to);
  // A range without a period (a link from elsewhere) is a custom one; `custom` without a range is the default.
  let period: Period | undefined = PERIODS.includes(named as Period) ? (named as Period) : undefined;
  if (period === undefined && hasRange) period = 'custom';
  if (period === 'custom' && !hasRange) period = undefined;
  return {
    period,
    ...(period === 'custom' && (from <= to ? { from, to } : { from: to, to: from })),
    clientId: ID.test(clientId) ? clientId : undefined,
    agentId: ID.test(agentId) ? agentId : undefined,
  };
}

/** The URL search params of these filters; the default period is left out so links stay short. */
export function paramsFromFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  const period = filters.period ?? DEFAULT_PERIOD;
  if (period === 'custom' && filters.from && filters.to) {
    params.set('period', 'custom');
    params.set('from', filters.from);
    params.set('to', filters.to);
  } else if (period !== 'custom' && period !== DEFAULT_PERIOD) {
    params.set('period', period);
  }
  if (filters.clientId) params.set('clientId', filters.clientId);
  if (filters.agentId) params.set('agentId', filters.agentId);
  return params;
}

/** The period shown (a preset named in the URL is computed again from today: a bookmark stays « this month »). */
export function effectiveRange(filters: DashboardFilters, today: string): DateRange {
  const period = filters.period ?? DEFAULT_PERIOD;
  if (period === 'custom') return filters.from && filters.to ? { from: filters.from, to: filters.to } : PRESETS[DEFAULT_PERIOD](today);
  return PRESETS[period](today);
}

/** The API query for these filters (JSON; the CSV link adds `format=csv`). */
export function queryFromFilters(filters: DashboardFilters, today: string): PerformanceReportParams {
  return { ...effectiveRange(filters, today), clientId: filters.clientId, agentId: filters.agentId };
}
