import type { Priority } from '@guichet/contract/tickets';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * « Haute » as a red badge, so it stands out; « Normale » and « Basse » as plain dimmed text —
 * shared by the ticket pages and the fiche client.
 */
export function TicketPriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority === 'high') {
    return (
      <Badge color="red" variant="filled">
        {t('tickets.priority.high')}
      </Badge>
    );
  }
  return (
    <Text span c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
      {t(`tickets.priority.${priority}`)}
    </Text>
  );
}
