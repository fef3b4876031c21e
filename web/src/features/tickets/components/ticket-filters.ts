import type { Priority, TicketSort as TicketSortValue, TicketStatus } from '@guichet/contract/tickets';
import type { TicketListParams } from '../api/query-keys';
import { isTicketSort, PRIORITIES, TICKET_STATUSES } from './ticket-enums';

/** The list's filters, as they live in the URL (`?status=open,in_progress&assigneeId=none&…`). */
export interface TicketFilters {
  clientId?: string;
  status: TicketStatus[];
  priority: Priority[];
  /** An agent id, `me` or `none`. */
  assigneeId?: string;
  /** YYYY-MM-DD */
  from?: string;
  to?: string;
  /** Words to look for (subject, description, discussion, client name); trimmed, never empty. */
  q?: string;
  /** The order chosen by the user; none: the view's default (see `effectiveSort`). */
  sort?: TicketSortValue;
}

export const DEFAULT_SORT: TicketSortValue = '-createdAt';
/** The unassigned queue is worked oldest first. */
export const UNASSIGNED_DEFAULT_SORT: TicketSortValue = 'createdAt';

/** The search's own order: best match first. */
export const SEARCH_DEFAULT_SORT: TicketSortValue = 'relevance';
/** The API takes `q` of at most 200 characters. */
export const SEARCH_MAX_LENGTH = 200;

/**
 * The order a view gets when none is chosen: best match first for a search, oldest first for
 * the unassigned queue, else newest first.
 */
export function defaultSortFor(filters: Pick<TicketFilters, 'assigneeId' | 'q'>): TicketSortValue {
  if (filters.q) return SEARCH_DEFAULT_SORT;
  return filters.assigneeId === 'none' ? UNASSIGNED_DEFAULT_SORT : DEFAULT_SORT;
}

/** The order the list is shown in: the one chosen, else the view's default (relevance only sorts a search). */
export function effectiveSort(filters: TicketFilters): TicketSortValue {
  if (!filters.sort || (filters.sort === 'relevance' && !filters.q)) return defaultSortFor(filters);
  return filters.sort;
}

/** A search as the API takes it: trimmed, at most 200 characters; nothing left means no search. */
export function searchText(value: string | null | undefined): string | undefined {
  return value?.trim().slice(0, SEARCH_MAX_LENGTH).trim() || undefined;
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function csv<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const items = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(items)];
}

/** Reads the filters from the URL, ignoring anything malformed (an old or hand-edited link). */
export function filtersFromParams(params: URLSearchParams): TicketFilters {
  const clientId = params.get('clientId') ?? '';
  const assigneeId = params.get('assigneeId') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const sort = params.get('sort');
  const q = searchText(params.get('q'));
  return {
    clientId: ID.test(clientId) ? clientId : undefined,
    status: csv(params.get('status'), TICKET_STATUSES),
    priority: csv(params.get('priority'), PRIORITIES),
    assigneeId: assigneeId === 'me' || assigneeId === 'none' || ID.test(assigneeId) ? assigneeId : undefined,
    from: DAY.test(from) ? from : undefined,
    to: DAY.test(to) ? to : undefined,
    q,
    sort: isTicketSort(sort) || (sort === 'relevance' && q) ? sort : undefined,
  };
}

/** The URL search params of these filters; defaults are left out so links stay short. */
export function paramsFromFilters(filters: TicketFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.clientId) params.set('clientId', filters.clientId);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.priority.length) params.set('priority', filters.priority.join(','));
  if (filters.assigneeId) params.set('assigneeId', filters.assigneeId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  const sort = effectiveSort(filters);
  if (sort !== defaultSortFor(filters)) params.set('sort', sort);
  return params;
}

/** The API query for these filters (the portal leaves out client and assignee). */
export function queryFromFilters(filters: TicketFilters, portal: boolean): Omit<TicketListParams, 'limit' | 'cursor'> {
  return {
    clientId: portal ? undefined : filters.clientId,
    status: filters.status.length ? filters.status.join(',') : undefined,
    priority: filters.priority.length ? filters.priority.join(',') : undefined,
    assigneeId: portal ? undefined : filters.assigneeId,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    sort: effectiveSort(filters),
  };
}

export function hasActiveFilters(filters: TicketFilters): boolean {
  return Boolean(
    filters.clientId ||
      filters.status.length ||
      filters.priority.length ||
      filters.assigneeId ||
      filters.from ||
      filters.to ||
      filters.q,
  );
}
