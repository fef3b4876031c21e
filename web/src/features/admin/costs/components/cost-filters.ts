import { CostGroupBy, CostSort } from '@guichet/contract/reports';
import type { CostReportParams } from '../api/query-keys';

/** The page's filters, as they live in the URL (`?from=2026-01-01&to=2026-03-31&groupBy=month…`). */
export interface CostFilters {
  /** YYYY-MM-DD, both or neither: none means « the current month », whenever the link is opened. */
  from?: string;
  to?: string;
  /** None: by client. */
  groupBy?: CostGroupBy;
  clientId?: string;
  agentId?: string;
  /** None: the group's default (see `defaultSortFor`). */
  sort?: CostSort;
}

export interface DateRange {
  from: string;
  to: string;
}

export const GROUP_BYS = CostGroupBy.options;
export const DEFAULT_GROUP_BY: CostGroupBy = 'client';
/** The server refuses longer ranges (same bound as `CostReportQuery` in contract/src/reports.ts). */
export const MAX_RANGE_DAYS = 3 * 366 + 1;

const PERIODS: readonly CostGroupBy[] = ['week', 'month', 'quarter'];

export function isPeriodGroup(groupBy: CostGroupBy): boolean {
  return PERIODS.includes(groupBy);
}

/** Periods read best in calendar order; tickets, clients and agents most expensive first. */
export function defaultSortFor(groupBy: CostGroupBy): CostSort {
  return isPeriodGroup(groupBy) ? 'key' : '-costCents';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** Last day of a month (1–12), computed in UTC so no time zone can shift it. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parts(day: string): [number, number, number] {
  const [, y, m, d] = DAY.exec(day) ?? [];
  return [Number(y), Number(m), Number(d)];
}

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m);
}

/** Whole months from `firstMonth` to `lastMonth` (1–12) of a year. */
function months(year: number, firstMonth: number, lastMonth: number): DateRange {
  return { from: ymd(year, firstMonth, 1), to: ymd(year, lastMonth, lastDayOf(year, lastMonth)) };
}

/** The quick ranges offered above the filters, for a given today (YYYY-MM-DD). */
export const PRESETS = {
  thisMonth: (today: string) => {
    const [y, m] = parts(today);
    return months(y, m, m);
  },
  lastMonth: (today: string) => {
    const [y, m] = parts(today);
    return m === 1 ? months(y - 1, 12, 12) : months(y, m - 1, m - 1);
  },
  thisQuarter: (today: string) => {
    const [y, m] = parts(today);
    const first = m - ((m - 1) % 3);
    return months(y, first, first + 2);
  },
  thisYear: (today: string) => months(parts(today)[0], 1, 12),
} satisfies Record<string, (today: string) => DateRange>;
export type Preset = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as Preset[];

export function rangeDays({ from, to }: DateRange): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export function isRangeAllowed(range: DateRange): boolean {
  return rangeDays(range) <= MAX_RANGE_DAYS;
}

/** Reads the filters from the URL, ignoring anything malformed (an old or hand-edited link). */
export function filtersFromParams(params: URLSearchParams): CostFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const groupBy = CostGroupBy.safeParse(params.get('groupBy'));
  const sort = CostSort.safeParse(params.get('sort'));
  const clientId = params.get('clientId') ?? '';
  const agentId = params.get('agentId') ?? '';
  const range = isDay(from) && isDay(to) ? (from <= to ? { from, to } : { from: to, to: from }) : {};
  return {
    ...range,
    groupBy: groupBy.success ? groupBy.data : undefined,
    clientId: ID.test(clientId) ? clientId : undefined,
    agentId: ID.test(agentId) ? agentId : undefined,
    sort: sort.success ? sort.data : undefined,
  };
}

/** The URL search params of these filters; defaults are left out so links stay short. */
export function paramsFromFilters(filters: CostFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from && filters.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  }
  const groupBy = filters.groupBy ?? DEFAULT_GROUP_BY;
  if (groupBy !== DEFAULT_GROUP_BY) params.set('groupBy', groupBy);
  if (filters.clientId) params.set('clientId', filters.clientId);
  if (filters.agentId) params.set('agentId', filters.agentId);
  if (filters.sort && filters.sort !== defaultSortFor(groupBy)) params.set('sort', filters.sort);
  return params;
}

/** The range shown: the one in the URL, else the current month. */
export function effectiveRange(filters: CostFilters, today: string): DateRange {
  return filters.from && filters.to ? { from: filters.from, to: filters.to } : PRESETS.thisMonth(today);
}

/** The API query for these filters (JSON; the CSV link adds `format=csv`). */
export function queryFromFilters(filters: CostFilters, today: string): CostReportParams {
  const groupBy = filters.groupBy ?? DEFAULT_GROUP_BY;
  return {
    ...effectiveRange(filters, today),
    groupBy,
    clientId: filters.clientId,
    agentId: filters.agentId,
    sort: filters.sort ?? defaultSortFor(groupBy),
  };
}
