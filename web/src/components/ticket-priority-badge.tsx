import type { Priority } from '@guichet/contract/tickets';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<Priority, string> = { low: 'gray', normal: 'blue', high: 'red' };

/** « Basse », « Normale », « Haute » — shared by the ticket pages and the fiche client. */
export function TicketPriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[priority]} variant={priority === 'high' ? 'filled' : 'outline'}>
      {t(`tickets.priority.${priority}`)}
    </Badge>
  );
}
