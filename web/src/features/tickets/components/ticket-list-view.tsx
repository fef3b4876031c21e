import type { TicketSort } from '@guichet/contract/tickets';
import { Button, Skeleton, Stack } from '@mantine/core';
import { IconSearchOff, IconTicket, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CursorPagination } from '../../../components/cursor-pagination';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useTickets } from '../api/list-tickets';
import { TicketFilterBar } from './ticket-filter-bar';
import {
  effectiveSort,
  filtersFromParams,
  hasActiveFilters,
  paramsFromFilters,
  queryFromFilters,
  type TicketFilters,
} from './ticket-filters';
import { TicketsTable } from './tickets-table';

const PAGE_SIZE = 25;

interface TicketListViewProps {
  /** The client portal: the contact's client's tickets, no client or assignee filter. */
  portal?: boolean;
}

/**
 * Filters (kept in the URL, so a link reproduces the view), the table and keyset pagination.
 * Staff see every ticket; the portal shows a contact their client's tickets.
 */
export function TicketListView({ portal = false }: TicketListViewProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromParams(searchParams);
  const query = queryFromFilters(filters, portal);
  const pages = useCursorPages(JSON.stringify(query));
  const tickets = useTickets({ ...query, limit: PAGE_SIZE, cursor: pages.cursor });
  const basePath = portal ? '/portal/tickets' : '/tickets';

  // Commas stay readable in the address bar (`status=open,in_progress`).
  const setFilters = (next: TicketFilters) => {
    const search = paramsFromFilters(next).toString().replaceAll('%2C', ',');
    void navigate({ search: search ? `?${search}` : '' }, { replace: true });
  };
  const setSort = (sort: TicketSort) => setFilters({ ...filters, sort });
  const clearSearch = () => setFilters({ ...filters, q: undefined });
  const filtered = hasActiveFilters(filters);
  const otherFilters = hasActiveFilters({ ...filters, q: undefined });
  // Defensive: an unexpected answer shows as an empty list rather than breaking the page.
  const items = tickets.data?.items ?? [];

  return (
    <Stack gap="md">
      <TicketFilterBar filters={filters} onChange={setFilters} counts={tickets.data?.counts} portal={portal} />

      {tickets.isPending ? (
        <Stack gap="xs" aria-busy>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : tickets.isError ? (
        <ErrorAlert error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : items.length === 0 && filters.q ? (
        <EmptyState
          icon={<IconSearchOff size={32} />}
          title={t(otherFilters ? 'search.empty.titleFiltered' : 'search.empty.title', { query: filters.q })}
          description={t('search.empty.description')}
        >
          <Button variant="light" leftSection={<IconX size={16} aria-hidden />} onClick={clearSearch}>
            {t('search.empty.clear')}
          </Button>
        </EmptyState>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconTicket size={32} />}
          title={filtered ? t('tickets.list.emptyFiltered') : portal ? t('tickets.portal.emptyTitle') : t('tickets.list.empty')}
          description={!filtered && portal ? t('tickets.portal.emptyDescription') : undefined}
        />
      ) : (
        <>
          <TicketsTable tickets={items} sort={effectiveSort(filters)} onSort={setSort} basePath={basePath} portal={portal} />
          <CursorPagination
            hasPrevious={pages.hasPrevious}
            hasNext={Boolean(tickets.data.nextCursor)}
            onPrevious={pages.previous}
            onNext={() => tickets.data.nextCursor && pages.next(tickets.data.nextCursor)}
            disabled={tickets.isPlaceholderData}
          />
        </>
      )}
    </Stack>
  );
}
