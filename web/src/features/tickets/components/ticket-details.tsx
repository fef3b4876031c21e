import type { ContactRef, Ticket } from '@guichet/contract/tickets';
import { Anchor, DataList, Stack, Text } from '@mantine/core';
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

/** A contact: the name, and the address under it (a mail link for staff). */
function ContactLine({ contact, staff }: { contact: ContactRef; staff: boolean }) {
  return (
    <div>
      <Text fz="inherit">{contact.name}</Text>
      {staff ? (
        <Anchor href={`mailto:${contact.email}`} fz="xs" style={{ overflowWrap: 'anywhere' }}>
          {contact.email}
        </Anchor>
      ) : (
        <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {contact.email}
        </Text>
      )}
    </div>
  );
}

/** Client (a link, for staff), requester and people in copy, assignee and the ticket's dates. */
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
      <Item label={t('tickets.detail.requester')}>
        {ticket.requesterContact ? (
          <ContactLine contact={ticket.requesterContact} staff={staff} />
        ) : (
          (ticket.requester?.name ?? dimmed(t('tickets.detail.unknown')))
        )}
      </Item>
      {ticket.cc.length > 0 && (
        <Item label={t('tickets.detail.cc')}>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {ticket.cc.map((contact) => (
              <li key={contact.id}>
                <ContactLine contact={contact} staff={staff} />
              </li>
            ))}
          </Stack>
        </Item>
      )}
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
