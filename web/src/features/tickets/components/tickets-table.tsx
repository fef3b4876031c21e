import type { TicketSort, TicketSummary } from '@guichet/contract/tickets';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableTh } from '../../../components/sortable-th';
import { TicketPriorityBadge } from '../../../components/ticket-priority-badge';
import { TicketStatusBadge } from '../../../components/ticket-status-badge';
import { HiddenCaption } from '../../../components/hidden-caption';
import { useDateFormat } from '../../../lib/format';
import { ExcerptText, markedSubject, SearchPassage } from './search-excerpt';
import { WaitingOnBadge } from './waiting-on-badge';

interface TicketsTableProps {
  tickets: TicketSummary[];
  sort: TicketSort;
  onSort: (sort: TicketSort) => void;
  /** `/tickets` for staff, `/portal/tickets` for a client contact. */
  basePath: string;
  /** The portal leaves out the client (always theirs) and the assignee columns. */
  portal?: boolean;
}

export function TicketsTable({ tickets, sort, onSort, basePath, portal = false }: TicketsTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();

  return (
    <Table.ScrollContainer minWidth={portal ? 700 : 1000}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <HiddenCaption>{t('tickets.list.caption')}</HiddenCaption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.list.columns.number')}</Table.Th>
            <Table.Th>{t('tickets.list.columns.subject')}</Table.Th>
            {!portal && <Table.Th>{t('tickets.list.columns.client')}</Table.Th>}
            <SortableTh field="priority" label={t('tickets.list.columns.priority')} sort={sort} onSort={onSort} />
            <Table.Th>{t('tickets.list.columns.status')}</Table.Th>
            {!portal && <Table.Th>{t('tickets.list.columns.assignee')}</Table.Th>}
            <SortableTh field="createdAt" label={t('tickets.list.columns.createdAt')} sort={sort} onSort={onSort} />
            <SortableTh
              field="lastActivityAt"
              label={t('tickets.list.columns.lastActivityAt')}
              sort={sort}
              onSort={onSort}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket) => (
            <Table.Tr key={ticket.id}>
              <Table.Td>
                <Text span ff="monospace" fz="sm">
                  {t('tickets.number', { number: ticket.number })}
                </Text>
              </Table.Td>
              <Table.Td maw={420}>
                <TicketSubject ticket={ticket} href={`${basePath}/${ticket.id}`} />
              </Table.Td>
              {!portal && <Table.Td>{ticket.client.name}</Table.Td>}
              <Table.Td>
                <TicketPriorityBadge priority={ticket.priority} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <TicketStatusBadge status={ticket.status} />
                  <WaitingOnBadge ticket={ticket} staff={!portal} />
                </Stack>
              </Table.Td>
              {!portal && (
                <Table.Td>
                  {ticket.assignee ? (
                    ticket.assignee.name
                  ) : (
                    <Text span c="dimmed" fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                      {t('tickets.unassigned')}
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>{dateTime(ticket.createdAt)}</Table.Td>
              <Table.Td>{dateTime(ticket.lastActivityAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The subject as a link. In search results: the words found in the subject marked in it, or
 * else the passage where they were found under it.
 */
function TicketSubject({ ticket, href }: { ticket: TicketSummary; href: string }) {
  const { match } = ticket;
  const inSubject = match?.field === 'subject';
  return (
    <>
      <Anchor component={Link} to={href} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {inSubject ? <ExcerptText segments={markedSubject(ticket.subject, match)} /> : ticket.subject}
      </Anchor>
      {match && !inSubject && <SearchPassage match={match} />}
    </>
  );
}
