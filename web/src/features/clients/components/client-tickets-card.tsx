import { Anchor, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HiddenCaption } from '../../../components/hidden-caption';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { TicketPriorityBadge } from '../../../components/ticket-priority-badge';
import { TicketStatusBadge } from '../../../components/ticket-status-badge';
import { useDateFormat } from '../../../lib/format';
import { useClientTickets } from '../api/list-client-tickets';

/** The fiche client's « Tickets » card: latest tickets, « Voir tous les tickets », « Nouveau ticket ». */
export function ClientTicketsCard({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { date } = useDateFormat();
  const tickets = useClientTickets(clientId);
  const items = tickets.data?.items ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="client-tickets-title">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} fz="h3" id="client-tickets-title">
          {t('clients.detail.ticketsTitle')}
        </Title>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => void navigate(`/clients/${clientId}/tickets/new`)}
        >
          {t('tickets.new')}
        </Button>
      </Group>

      {tickets.isPending ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={28} />
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : tickets.isError ? (
        <ErrorAlert error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconTicket size={28} />} title={t('tickets.clientCard.empty')} order={3} />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs">
              <HiddenCaption>{t('tickets.clientCard.caption')}</HiddenCaption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tickets.list.columns.subject')}</Table.Th>
                  <Table.Th>{t('tickets.list.columns.status')}</Table.Th>
                  <Table.Th>{t('tickets.list.columns.priority')}</Table.Th>
                  <Table.Th>{t('tickets.list.columns.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((ticket) => (
                  <Table.Tr key={ticket.id}>
                    <Table.Td>
                      <Text span c="dimmed" ff="monospace" fz="xs" mr={6}>
                        {t('tickets.number', { number: ticket.number })}
                      </Text>
                      <Anchor component={Link} to={`/tickets/${ticket.id}`} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                        {ticket.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <TicketStatusBadge status={ticket.status} />
                    </Table.Td>
                    <Table.Td>
                      <TicketPriorityBadge priority={ticket.priority} />
                    </Table.Td>
                    <Table.Td fz="sm">{date(ticket.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Anchor component={Link} to={`/tickets?clientId=${encodeURIComponent(clientId)}`} fz="sm">
            {t('tickets.clientCard.viewAll')}
          </Anchor>
        </Stack>
      )}
    </Card>
  );
}
