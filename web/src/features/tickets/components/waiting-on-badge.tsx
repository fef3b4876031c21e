import type { TicketSummary } from '@guichet/contract/tickets';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface WaitingOnBadgeProps {
  ticket: Pick<TicketSummary, 'status' | 'waitingOn'>;
  /** Staff see whose move it is; a client contact only sees when the move is theirs. */
  staff: boolean;
}

/**
 * Whose move it is (`waitingOn`): for staff « En attente du client » or « À traiter »; for a
 * contact « Réponse attendue de votre part » (« À confirmer » on a resolved ticket), else nothing.
 */
export function WaitingOnBadge({ ticket, staff }: WaitingOnBadgeProps) {
  const { t } = useTranslation();
  const { waitingOn } = ticket;
  if (!waitingOn) return null;
  if (staff) {
    return waitingOn === 'client' ? (
      <Badge variant="outline" color="gray">
        {t('tickets.waitingOn.staffClient')}
      </Badge>
    ) : (
      <Badge variant="outline" color="indigo">
        {t('tickets.waitingOn.staffSupport')}
      </Badge>
    );
  }
  if (waitingOn !== 'client') return null;
  return (
    <Badge variant="filled" color="indigo">
      {ticket.status === 'resolved' ? t('tickets.waitingOn.contactConfirm') : t('tickets.waitingOn.contactReply')}
    </Badge>
  );
}
