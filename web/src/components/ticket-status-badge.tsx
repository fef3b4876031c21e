import type { TicketStatus } from '@guichet/contract/tickets';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TicketStatus, string> = {
  open: 'blue',
  in_progress: 'orange',
  resolved: 'green',
  closed: 'gray',
};

/** « Ouvert », « En cours », « Résolu », « Fermé » — shared by the ticket pages and the fiche client. */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`tickets.status.${status}`)}
    </Badge>
  );
}
