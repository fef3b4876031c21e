import type { Ticket } from '@guichet/contract/tickets';
import { Button } from '@mantine/core';
import { IconHandGrab } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { useCurrentUser } from '../../../lib/auth';
import { useAssignTicket } from '../api/assign-ticket';
import { useTicketError } from './use-ticket-error';

/** « Prendre le ticket »: an agent takes an unassigned ticket (`can.takeOver`), the first thing offered. */
export function TakeOverButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assign = useAssignTicket(ticket.id);
  const onError = useTicketError(ticket.id);
  if (!ticket.can.takeOver) return null;
  return (
    <Button
      leftSection={<IconHandGrab size={16} aria-hidden />}
      loading={assign.isPending}
      onClick={() =>
        assign.mutate(
          { agentId: me.id, version: ticket.version },
          {
            onSuccess: (updated) =>
              notifySuccess(
                updated.assignee
                  ? t('tickets.assign.assigned', { name: updated.assignee.name })
                  : t('tickets.assign.unassigned'),
              ),
            onError,
          },
        )
      }
    >
      {t('tickets.assign.takeOver')}
    </Button>
  );
}
