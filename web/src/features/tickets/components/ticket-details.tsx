import type { Ticket } from '@guichet/contract/tickets';
import { Anchor, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../../lib/format';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** Client (a link, for staff), requester, assignee and the ticket's dates. */
export function TicketDetails({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const dimmed = (text: string) => (
    <Text span c="dimmed" fz="inherit">
      {text}
    </Text>
  );

  return (
    <DataList labelWidth={150} withDivider>
      {staff && (
        <Item label={t('tickets.detail.client')}>
          <Anchor component={Link} to={`/clients/${ticket.client.id}`}>
            {ticket.client.name}
          </Anchor>
        </Item>
      )}
      <Item label={t('tickets.detail.requester')}>{ticket.requester?.name ?? dimmed(t('tickets.detail.unknown'))}</Item>
      <Item label={t('tickets.detail.assignee')}>{ticket.assignee?.name ?? dimmed(t('tickets.unassigned'))}</Item>
      <Item label={t('tickets.detail.createdAt')}>{dateTime(ticket.createdAt)}</Item>
      <Item label={t('tickets.detail.lastActivityAt')}>{dateTime(ticket.lastActivityAt)}</Item>
      {ticket.resolvedAt && <Item label={t('tickets.detail.resolvedAt')}>{dateTime(ticket.resolvedAt)}</Item>}
      {ticket.closedAt && (
        <Item label={t('tickets.detail.closedAt')}>
          {dateTime(ticket.closedAt)}
          {ticket.closedReason === 'auto_inactivity' && (
            <Text fz="xs" c="dimmed">
              {t('tickets.detail.autoClosed')}
            </Text>
          )}
        </Item>
      )}
    </DataList>
  );
}
