import type { Ticket, TicketStatus } from '@guichet/contract/tickets';
import { Button, Group } from '@mantine/core';
import { IconCheck, IconLock, IconPlayerPlay, IconRotateClockwise } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/notify';
import { useUpdateTicket } from '../api/update-ticket';
import { useTicketError } from './use-ticket-error';

type TransitionKey = 'start' | 'resolve' | 'close' | 'reopen';

/** The button for a move: « Démarrer » (open → in progress), « Rouvrir » (back to in progress)… */
export function transitionKey(from: TicketStatus, to: TicketStatus): TransitionKey {
  if (to === 'resolved') return 'resolve';
  if (to === 'closed') return 'close';
  return from === 'open' ? 'start' : 'reopen';
}

const ICON: Record<TransitionKey, ReactNode> = {
  start: <IconPlayerPlay size={16} aria-hidden />,
  resolve: <IconCheck size={16} aria-hidden />,
  close: <IconLock size={16} aria-hidden />,
  reopen: <IconRotateClockwise size={16} aria-hidden />,
};

/**
 * One button per status move the server allows this user now (`allowedTransitions`), nothing else.
 * `secondary`: another action comes first (« Prendre le ticket »), so no move is shown as the main one.
 */
export function StatusActions({ ticket, secondary = false }: { ticket: Ticket; secondary?: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateTicket(ticket.id);
  const onError = useTicketError(ticket.id);
  if (ticket.allowedTransitions.length === 0) return null;

  // mutateAsync: the outcome is reported even when the new status leaves no button to show.
  const move = (status: TicketStatus) =>
    update
      .mutateAsync({ version: ticket.version, status })
      .then(
        (updated) => notifySuccess(t('tickets.detail.statusChanged', { status: t(`tickets.status.${updated.status}`) })),
        onError,
      );

  return (
    <Group gap="xs" role="group" aria-label={t('tickets.detail.statusActions')}>
      {ticket.allowedTransitions.map((to) => {
        const key = transitionKey(ticket.status, to);
        return (
          <Button
            key={to}
            variant={secondary ? 'default' : key === 'resolve' || key === 'start' ? 'filled' : 'default'}
            color={key === 'resolve' && !secondary ? 'green' : undefined}
            leftSection={ICON[key]}
            onClick={() => move(to)}
            loading={update.isPending && update.variables?.status === to}
            disabled={update.isPending}
          >
            {t(`tickets.transitions.${key}`)}
          </Button>
        );
      })}
    </Group>
  );
}
